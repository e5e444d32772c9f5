import type { ErasureFailureCode } from '../erasure-report.js';
import { parseRetryAfter } from '../upstream/parse-retry-after.js';

/** What to do after one Mews answer. */
export type MewsVerdict =
  | { kind: 'deleted' }
  /** 408 "request too heavy": split the batch. */
  | { kind: 'split'; message: string; requestId: string | undefined }
  /** Worth another attempt (429, 409, 5xx). */
  | { kind: 'retry'; code: ErasureFailureCode; message: string; requestId: string | undefined; retryAfterMs: number | undefined }
  /** Final for these ids. */
  | { kind: 'fail'; code: ErasureFailureCode; message: string; requestId: string | undefined };

function readError(bodyText: string): { message?: string; requestId?: string } {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null) return {};
    const { Message, RequestId } = body as { Message?: unknown; RequestId?: unknown };
    return {
      ...(typeof Message === 'string' && Message.trim() !== '' ? { message: Message.slice(0, 500) } : {}),
      ...(typeof RequestId === 'string' ? { requestId: RequestId } : {}),
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
 * Maps a Mews answer to a verdict. 200 and 204 mean deleted whatever the body (Mews documents `{}`; an
 * unreadable body on a success status still means success). Redirects are refused (never followed: the body
 * holds credentials) and reported as a wrong address.
 */
export function judgeMewsResponse(status: number, headers: Headers, bodyText: string, now: number = Date.now()): MewsVerdict {
  if (status === 200 || status === 204) return { kind: 'deleted' };
  const error = readError(bodyText);
  const requestId = headers.get('request-id') ?? error.requestId;
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
