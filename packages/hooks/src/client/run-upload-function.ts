import type { UploadFunction } from './client-types.js';
import { DocumentsError, isDocumentsError } from './documents-error.js';
import { isAbortError, isAborted } from './is-abort-error.js';
import type { ProgressReporter } from './progress-reporter.js';
import { requireStoredPath } from './require-stored-path.js';

/** Runs the app's own upload step, wrapping whatever it throws in a `DocumentsError` (a `DocumentsError` passes through). */
export async function runUploadFunction(
  upload: UploadFunction,
  file: Blob,
  fileName: string,
  reporter: ProgressReporter,
  signal: AbortSignal | undefined,
): Promise<string> {
  const label = `The upload function for "${fileName}"`;
  if (isAborted(signal)) throw new DocumentsError('ABORTED', `${label} was cancelled before it started.`, { cause: signal?.reason });
  let path: unknown;
  try {
    path = await upload(file, {
      onProgress: (progress) => reporter.report(progress.loaded, progress.total),
      // The function's contract has a required signal; one that never aborts stands in when the caller gave none.
      signal: signal ?? new AbortController().signal,
      fileName,
    });
  } catch (error) {
    if (isDocumentsError(error)) throw error;
    if (isAborted(signal) || isAbortError(error)) throw new DocumentsError('ABORTED', `${label} was cancelled.`, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentsError('NETWORK', `${label} failed: ${reason}. Check the upload step and try again.`, { cause: error });
  }
  return requireStoredPath(path, label);
}
