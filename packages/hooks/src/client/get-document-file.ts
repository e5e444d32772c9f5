import type { RequestOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import type { Document } from './document.js';
import { DocumentsError } from './documents-error.js';
import { resolveUrl } from './resolve-url.js';
import { requestLabel, sendRequest } from './send-request.js';
import { toDocumentsError } from './to-documents-error.js';
import { withRetry } from './with-retry.js';

/** GET a document's file (resolved against `baseUrl`) with the bearer token, as a Blob. */
export function getDocumentFile(context: ClientContext, document: Document, options: RequestOptions = {}): Promise<Blob> {
  const { signal } = options;
  if (document.fileUrl === undefined) {
    return Promise.reject(
      new DocumentsError('NOT_FOUND', `Document ${document.id} has no fileUrl, so its file cannot be downloaded. Reload the document.`),
    );
  }
  const url = resolveUrl(context.baseUrl, document.fileUrl);
  const label = requestLabel('GET', url);
  return withRetry(
    async () => {
      // Any media type: the file is an image or a PDF, not JSON.
      const response = await sendRequest(context, { method: 'GET', url, accept: '*/*', signal });
      try {
        return await response.blob();
      } catch (error) {
        throw toDocumentsError(error, label, signal);
      }
    },
    context.retry,
    signal,
    label,
  );
}
