import { parseRetryAfter, redactSecrets, type UpstreamResult } from '../upstream/index.js';
import type { IdenfyAnswer } from './idenfy-answer.js';
import { namedScanRef } from './named-scan-ref.js';
import { readIdenfyError } from './read-idenfy-error.js';

const INVALID_IDENTIFIERS = new Set(['BAD_VALUE', 'VALIDATION_ERROR', 'MISSING_VALUE', 'TOKEN_NOT_VALID']);
const MAX_MESSAGE = 300;

function describe(status: number, identifier: string | undefined, message: string | undefined, secrets: readonly string[]): string {
  const text = redactSecrets(message ?? '(no message)', secrets).slice(0, MAX_MESSAGE);
  return `iDenfy answered ${status}${identifier === undefined ? '' : ` ${identifier}`}: ${text}`;
}

/** Turns one exchange into an {@link IdenfyAnswer}, for the scanRefs `sent` in it. */
export function classifyIdenfyAnswer(result: UpstreamResult, sent: readonly string[], secrets: readonly string[]): IdenfyAnswer {
  switch (result.kind) {
    case 'aborted':
      return { kind: 'aborted' };
    case 'timeout':
      return { kind: 'transient', code: 'TIMEOUT', message: 'iDenfy did not answer in time.', ambiguous: true, retryAfterMs: undefined };
    case 'network':
      return { kind: 'transient', code: 'NETWORK', message: 'The connection to iDenfy failed.', ambiguous: true, retryAfterMs: undefined };
    case 'response':
      break;
    default:
      return result satisfies never;
  }
  const { status } = result;
  if (status >= 200 && status < 300) return { kind: 'deleted' };
  const { identifier, message } = readIdenfyError(result.bodyText);
  const text = describe(status, identifier, message, secrets);
  if (status === 401 || status === 402 || status === 403) return { kind: 'halt', code: 'UPSTREAM_UNAUTHORIZED', message: text };
  if (status === 429 || identifier === 'TOO_MANY_REQUESTS') {
    return { kind: 'transient', code: 'RATE_LIMITED', message: text, ambiguous: false, retryAfterMs: parseRetryAfter(result.headers.get('retry-after')) };
  }
  if (status >= 500 || status === 408 || status === 409) {
    return { kind: 'transient', code: 'UPSTREAM_ERROR', message: text, ambiguous: true, retryAfterMs: parseRetryAfter(result.headers.get('retry-after')) };
  }
  const named = message === undefined ? undefined : namedScanRef(message, sent);
  const notFound = /not\s+found/i.test(message ?? '');
  if (/token has not expired yet/i.test(message ?? '')) return { kind: 'refused', code: 'NOT_YET_DELETABLE', message: text, named, notFound };
  if (identifier !== undefined && INVALID_IDENTIFIERS.has(identifier)) return { kind: 'refused', code: 'INVALID_ID', message: text, named, notFound };
  if (status === 404 || (status >= 300 && status < 400)) return { kind: 'halt', code: 'UPSTREAM_NOT_FOUND', message: text };
  return { kind: 'refused', code: 'REJECTED', message: text, named, notFound };
}
