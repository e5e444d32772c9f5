import type { ErasureReport, MewsCallOptions, MewsClient } from '../erasure-report.js';
import { ErasureReportBuilder } from '../upstream/erasure-report-builder.js';
import { chunk, prepareIds } from '../upstream/prepare-ids.js';
import type { MewsClientOptions } from './mews-client-options.js';
import { resolveMewsOptions } from './resolve-mews-options.js';
import { sendMewsChunk, type MewsOperation } from './send-mews-chunk.js';

const DELETE: MewsOperation = { path: 'delete', field: 'IdentityDocumentIds', maxIds: 100 };
const CLEAR: MewsOperation = { path: 'clear', field: 'CustomerIds', maxIds: 10 };

/**
 * A {@link MewsClient} for the Connector API's identity-document erasure. Ids are de-duplicated, checked
 * (non-empty strings) and sent in the fewest batches (≤ 100 for delete, ≤ 10 for clear), one batch at a
 * time: sequential batches keep the per-token rate limit predictable, make a 408 split cheap to reason about
 * and let an abort stop cleanly between batches. Never rejects for upstream failures: every id ends up in
 * exactly one list of the report. Credentials never appear in messages.
 *
 * Answers: 200/204 → deleted, even with an unreadable body (the documented body is `{}`); 429 → wait
 * `Retry-After`, retry; 409/5xx/network/timeout → backoff, retry up to `retry.limit`; 408 → split in half
 * down to single ids; 400 → `INVALID_ID` for the whole batch (Mews does not say whether a batch with one bad id
 * is partly applied; we assume not); 401/403/404 → final. An abort leaves unsent batches `notAttempted` and
 * fails the batch in flight (`NETWORK`, retryable): it may or may not have been deleted.
 *
 * The default limiter is this client's own: create one client per process (or pass a shared `rateLimit.store`).
 *
 * @example
 * const mews = createMewsClient({
 *   platformAddress: 'https://api.mews.com',
 *   clientToken: process.env.MEWS_CLIENT_TOKEN!,
 *   accessToken: process.env.MEWS_ACCESS_TOKEN!,
 *   client: 'Acme Portal 1.0.0',
 * });
 * const report = await mews.deleteIdentityDocuments(ids, { signal });
 */
export function createMewsClient(options: MewsClientOptions): MewsClient {
  const resolved = resolveMewsOptions(options);

  async function run(operation: MewsOperation, ids: readonly string[], callOptions: MewsCallOptions = {}): Promise<ErasureReport> {
    if (callOptions.chainId !== undefined && (typeof callOptions.chainId !== 'string' || callOptions.chainId.trim() === '')) {
      throw new TypeError('Mews: `chainId` must be a non-empty string when given.');
    }
    const report = new ErasureReportBuilder();
    const valid = prepareIds(ids, report, `Mews ${operation.field}`);
    const context = {
      options: resolved,
      operation,
      chainId: callOptions.chainId ?? resolved.chainId,
      signal: callOptions.signal,
      report,
    };
    for (const batch of chunk(valid, operation.maxIds)) {
      if (callOptions.signal?.aborted === true) report.notAttempted(batch);
      else await sendMewsChunk(batch, context);
    }
    return report.build();
  }

  return {
    deleteIdentityDocuments: (identityDocumentIds, callOptions) => run(DELETE, identityDocumentIds, callOptions),
    clearIdentityDocuments: (customerIds, callOptions) => run(CLEAR, customerIds, callOptions),
  };
}
