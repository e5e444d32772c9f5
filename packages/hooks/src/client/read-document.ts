import type { Document } from './document.js';
import { DocumentsError } from './documents-error.js';
import { parseDocumentResponse } from './parse-document.js';
import { readJson } from './read-json.js';

/** Reads a document out of a JSON answer, or rejects with `INVALID_RESPONSE`. */
export async function readDocument(response: Response, label: string, signal?: AbortSignal): Promise<Document> {
  const document = parseDocumentResponse(await readJson(response, label, signal));
  if (document === undefined) {
    throw new DocumentsError('INVALID_RESPONSE', `${label} failed: the answer is not a document (no id). Check baseUrl.`, {
      status: response.status,
    });
  }
  return document;
}
