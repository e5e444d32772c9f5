import { DocumentsError, isDocumentsError } from '../client/documents-error.js';

/** The client only rejects with `DocumentsError`; anything else (a bug) is wrapped so the union's `error` stays typed. */
export function toDocumentsError(error: unknown): DocumentsError {
  if (isDocumentsError(error)) return error;
  return new DocumentsError('NETWORK', 'The documents request failed unexpectedly; try again.', { cause: error });
}
