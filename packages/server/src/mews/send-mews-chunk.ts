import type { ErasureFailureCode } from '../erasure-report.js';
import { waitForRateLimit } from '../rate-limit/wait-for-rate-limit.js';
import { abortableSleep } from '../upstream/abortable-sleep.js';
import type { ErasureReportBuilder } from '../upstream/erasure-report-builder.js';
import { fetchWithTimeout } from '../upstream/fetch-with-timeout.js';
import { redactSecrets } from '../upstream/redact-secrets.js';
import { retryDelayMs } from '../upstream/retry-policy.js';
import { judgeMewsResponse, type MewsVerdict } from './judge-mews-response.js';
import type { ResolvedMewsOptions } from './resolve-mews-options.js';

/** One Mews erasure operation. */
export interface MewsOperation {
  path: 'delete' | 'clear';
  field: 'IdentityDocumentIds' | 'CustomerIds';
  /** Largest batch Mews accepts. */
  maxIds: number;
}

/** What every chunk of one call shares. */
export interface ChunkContext {
  options: ResolvedMewsOptions;
  operation: MewsOperation;
  chainId: string | undefined;
  signal: AbortSignal | undefined;
  report: ErasureReportBuilder;
}

interface Failure {
  code: ErasureFailureCode;
  message: string;
  requestId: string | undefined;
}

type AttemptResult = MewsVerdict | { kind: 'retry'; code: 'NETWORK' | 'TIMEOUT'; message: string; requestId: undefined; retryAfterMs: undefined } | { kind: 'aborted' };

async function reserveSlot(context: ChunkContext): Promise<'go' | 'aborted' | 'store-failed'> {
  const { rateLimit, rateLimitKey } = context.options;
  if (rateLimit === undefined) return context.signal?.aborted === true ? 'aborted' : 'go';
  try {
    return (await waitForRateLimit(rateLimit, rateLimitKey, context.signal)) ? 'go' : 'aborted';
  } catch {
    return 'store-failed';
  }
}

function secretsOf(context: ChunkContext): string[] {
  return [context.options.clientToken, context.options.accessToken];
}

async function attempt(ids: readonly string[], context: ChunkContext): Promise<AttemptResult> {
  const { options, operation, chainId } = context;
  const body = {
    ClientToken: options.clientToken,
    AccessToken: options.accessToken,
    Client: options.client,
    [operation.field]: ids,
    ...(chainId === undefined ? {} : { ChainId: chainId }),
  };
  const result = await fetchWithTimeout({
    fetch: options.fetch,
    url: `${options.baseUrl}/api/connector/v1/identityDocuments/${operation.path}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
    },
    timeoutMs: options.timeoutMs,
    signal: context.signal,
  });
  switch (result.kind) {
    case 'response':
      return judgeMewsResponse(result.status, result.headers, result.bodyText, secretsOf(context));
    case 'network':
      return { kind: 'retry', code: 'NETWORK', message: 'Could not reach Mews (connection failed or reset).', requestId: undefined, retryAfterMs: undefined };
    case 'timeout':
      return { kind: 'retry', code: 'TIMEOUT', message: `Mews did not answer within ${options.timeoutMs} ms.`, requestId: undefined, retryAfterMs: undefined };
    case 'aborted':
      return { kind: 'aborted' };
    default:
      return result satisfies never;
  }
}

function settleFailed(ids: readonly string[], context: ChunkContext, failure: Failure): void {
  // Judged messages are redacted already; this also covers the ones composed here.
  const secrets = secretsOf(context);
  const requestId = failure.requestId === undefined ? undefined : redactSecrets(failure.requestId, secrets);
  context.report.failed(ids, failure.code, { message: redactSecrets(failure.message, secrets), requestId });
}

/**
 * The failure to report for a refusal. A delete refused as "Invalid IdentityDocumentIds" after an attempt that
 * got no clear answer most likely means that attempt deleted them: not confirmed, so failed with the
 * unanswered attempt's (retryable) code rather than a permanent INVALID_ID. A retry then tells for sure.
 */
function refusal(verdict: Extract<MewsVerdict, { kind: 'fail' }>, context: ChunkContext, unanswered: Failure | undefined): Failure {
  if (unanswered === undefined || verdict.code !== 'INVALID_ID' || context.operation.path !== 'delete') return verdict;
  return {
    code: unanswered.code,
    message: `Mews no longer knows these identity documents after an earlier attempt got no clear answer (${unanswered.message}); it probably deleted them then, but that is not confirmed. ${verdict.message}`,
    requestId: verdict.requestId,
  };
}

/**
 * Sends one batch until it is settled: retries 429 after exactly `Retry-After` (giving up at once when that
 * exceeds `retry.maxDelayMs`: retrying earlier than told only earns another 429), and 409, 5xx, network
 * errors and timeouts after capped, jittered backoff (a 429 without `Retry-After` too); splits it in half on 408, and on a
 * 400 "invalid id" until the ids Mews refuses stand alone; settles each id in `context.report`.
 * An id sent at least once is never reported `notAttempted`, and never `deleted` without a 200/204.
 * `unanswered` is the last attempt with these ids that got no clear answer (Mews may have acted on it).
 */
export async function sendMewsChunk(ids: readonly string[], context: ChunkContext, unanswered?: Failure): Promise<void> {
  const { retry } = context.options;
  let last: Failure | undefined;
  let unclear = unanswered;
  const halves = async () => {
    const middle = Math.ceil(ids.length / 2);
    await sendMewsChunk(ids.slice(0, middle), context, unclear);
    await sendMewsChunk(ids.slice(middle), context, unclear);
  };
  for (let attempts = 0; ; attempts += 1) {
    const slot = await reserveSlot(context);
    if (slot === 'store-failed') {
      settleFailed(ids, context, last ?? { code: 'RATE_LIMITED', message: 'The rate-limit store failed; nothing was sent.', requestId: undefined });
      return;
    }
    if (slot === 'aborted') {
      if (last === undefined) context.report.notAttempted(ids);
      else settleFailed(ids, context, last);
      return;
    }
    const verdict = await attempt(ids, context);
    switch (verdict.kind) {
      case 'deleted':
        context.report.deleted(ids);
        return;
      case 'aborted':
        settleFailed(ids, context, {
          code: 'NETWORK',
          message: 'Cancelled while the request was in flight: Mews may or may not have deleted these.',
          requestId: undefined,
        });
        return;
      case 'fail':
        // Mews refuses a whole batch for one id it does not know (erased already, a stale list): the halves go again
        // until each refused id stands alone, so that the others are still deleted.
        if (verdict.code === 'INVALID_ID' && ids.length > 1) return halves();
        settleFailed(ids, context, refusal(verdict, context, unclear));
        return;
      case 'split': {
        if (ids.length === 1) {
          settleFailed(ids, context, { code: 'UPSTREAM_ERROR', message: `Mews answered 408 (request too heavy) even for one id: ${verdict.message}`, requestId: verdict.requestId });
          return;
        }
        return halves();
      }
      case 'retry': {
        last = { code: verdict.code, message: verdict.message, requestId: verdict.requestId };
        // A 429 means Mews did nothing; a reset, timeout, 5xx or 409 leaves unknown what it did.
        if (verdict.code !== 'RATE_LIMITED') unclear = last;
        if (attempts >= retry.limit) {
          settleFailed(ids, context, { ...last, message: `${verdict.message} (gave up after ${attempts + 1} attempts)` });
          return;
        }
        if (verdict.retryAfterMs !== undefined && verdict.retryAfterMs > retry.maxDelayMs) {
          const seconds = Math.ceil(verdict.retryAfterMs / 1000);
          settleFailed(ids, context, { ...last, message: `${verdict.message} (Mews asked to wait ${seconds} s, longer than retry.maxDelayMs)` });
          return;
        }
        if (!(await abortableSleep(retryDelayMs(attempts, retry, verdict.retryAfterMs), context.signal))) {
          settleFailed(ids, context, last);
          return;
        }
        break;
      }
      default:
        verdict satisfies never;
    }
  }
}
