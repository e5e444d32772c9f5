import type { ErasureFailureCode } from '../erasure-report.js';
import { parseRetryAfter } from '../upstream/parse-retry-after.js';
import { redactSecrets } from '../upstream/redact-secrets.js';

/** Longest upstream message we pass on. */
const MAX_MESSAGE = 500;

/** What to do after one Mews answer. */
export type MewsVerdict =
  | { kind: 'deleted' }
  /** 408 "request too heavy": split the batch. */
  | { kind: 'split'; message: string; requestId: string | undefined }
  /** Worth another attempt (429, 409, 5xx). */
  | { kind: 'retry'; code: ErasureFailureCode; message: string; requestId: string | undefined; retryAfterMs: number | undefined }
  /** Final for these ids. */
  | { kind: 'fail'; code: ErasureFailureCode; message: string; requestId: string | undefined };

function readError(bodyText: string, secrets: readonly string[]): { message?: string; requestId?: string } {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null) return {};
    const { Message, RequestId } = body as { Message?: unknown; RequestId?: unknown };
    // Redact before cutting: a cut through an echoed token would leave a prefix no redaction recognises.
    return {
      ...(typeof Message === 'string' && Message.trim() !== '' ? { message: redactSecrets(Message, secrets).slice(0, MAX_MESSAGE) } : {}),
      ...(typeof RequestId === 'string' ? { requestId: redactSecrets(RequestId, secrets) } : {}),
    };
  } catch {
    return {};
  }
}

const FINAL_CODES: Readonly<Record<number, ErasureFailureCode>> = {
  400: 'INVALID_ID',
  401: 'UPSTREAM_UNAUTHORIZED',
  403: 'UPSTREAM_FORBIDDEN',
  404: 'UPSTREAM_NOT_FOUND',
};

/**
 * Maps a Mews answer to a verdict, with `secrets` (our credentials, which Mews may echo) redacted from the
 * message and request id. 200 and 204 mean deleted whatever the body (Mews documents `{}`; an
 * unreadable body on a success status still means success). Redirects are refused (never followed: the body
 * holds credentials) and reported as a wrong address.
 */
export function judgeMewsResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  secrets: readonly string[],
  now: number = Date.now(),
): MewsVerdict {
  if (status === 200 || status === 204) return { kind: 'deleted' };
  const error = readError(bodyText, secrets);
  const header = headers.get('request-id');
  const requestId = header === null ? error.requestId : redactSecrets(header, secrets);
  const message = error.message ?? `Mews answered HTTP ${status}.`;
  if (status === 408) return { kind: 'split', message, requestId };
  if (status === 429) {
    return { kind: 'retry', code: 'RATE_LIMITED', message, requestId, retryAfterMs: parseRetryAfter(headers.get('retry-after'), now) };
  }
  if (status === 409 || status >= 500) return { kind: 'retry', code: 'UPSTREAM_ERROR', message, requestId, retryAfterMs: undefined };
  const code = FINAL_CODES[status];
  if (code !== undefined) return { kind: 'fail', code, message, requestId };
  if (status >= 300 && status < 400) {
    return { kind: 'fail', code: 'UPSTREAM_NOT_FOUND', message: `Mews redirected (HTTP ${status}); check platformAddress.`, requestId };
  }
  return { kind: 'fail', code: 'REJECTED', message, requestId };
}
