import { isTimeoutError } from 'ky';
import { DocumentsError, isDocumentsError } from './documents-error.js';
import { isAbortError, isAborted } from './is-abort-error.js';

/**
 * Maps anything a request threw (ky's errors, fetch's TypeError, an abort) to a `DocumentsError`,
 * so ky's types never leave the client. `label` is `"METHOD url"`.
 */
export function toDocumentsError(error: unknown, label: string, signal?: AbortSignal): DocumentsError {
  if (isDocumentsError(error)) return error;
  if (isAborted(signal) || isAbortError(error)) {
    return new DocumentsError('ABORTED', `${label} was cancelled before it finished.`, { cause: error });
  }
  if (isTimeoutError(error)) {
    return new DocumentsError('TIMEOUT', `${label} failed: no answer within the timeout. Check the connection and try again.`, {
      cause: error,
    });
  }
  return new DocumentsError(
    'NETWORK',
    `${label} failed: the server could not be reached (network error). Check the connection and try again.`,
    { cause: error },
  );
}
