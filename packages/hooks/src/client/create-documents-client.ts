import type { DocumentsClient, DocumentsClientOptions } from './client-types.js';
import { checkFile } from './check-file.js';
import { createDocument } from './create-document.js';
import { deleteDocument } from './delete-document.js';
import { getDocument } from './get-document.js';
import { getDocumentFile } from './get-document-file.js';
import { listDocuments } from './list-documents.js';
import { resolveClientContext } from './resolve-client-context.js';
import { toDocumentsError } from './to-documents-error.js';
import { uploadFile } from './upload-file.js';

// Every path already maps its failures; this is the net that keeps the "rejects only with DocumentsError" promise.
function only<T>(label: string, run: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  return run().catch((error: unknown) => {
    throw toDocumentsError(error, label, signal);
  });
}

/**
 * Creates the React-free client of the bearer-token documents API (`/api/v2/my/documents`).
 * Throws a `TypeError` when `baseUrl` or `getAccessToken` is missing.
 *
 * @example
 * const client = createDocumentsClient({
 *   baseUrl: 'https://broker.example',
 *   getAccessToken: () => auth.accessToken,
 *   onUnauthorized: () => auth.refresh(),
 * });
 * const document = await client.upload(file, { typeId: 1, onProgress: ({ percent }) => setPercent(percent) });
 */
export function createDocumentsClient(options: DocumentsClientOptions): DocumentsClient {
  const context = resolveClientContext(options);
  return {
    list: (listOptions) => only('Listing documents', () => listDocuments(context, listOptions), listOptions?.signal),
    get: (id, requestOptions) => only(`Getting document ${id}`, () => getDocument(context, id, requestOptions), requestOptions?.signal),
    create: (input, requestOptions) => only('Creating a document', () => createDocument(context, input, requestOptions), requestOptions?.signal),
    delete: (id, requestOptions) => only(`Deleting document ${id}`, () => deleteDocument(context, id, requestOptions), requestOptions?.signal),
    checkFile: (file) => only('Checking a file', () => checkFile(file, context.files)),
    uploadFile: (file, uploadOptions) => only('Uploading a file', () => uploadFile(context, file, uploadOptions), uploadOptions?.signal),
    upload: (file, { typeId, ...uploadOptions }) =>
      only(
        'Uploading a document',
        async () => {
          const path = await uploadFile(context, file, uploadOptions);
          return createDocument(context, { file: path, typeId }, uploadOptions.signal === undefined ? {} : { signal: uploadOptions.signal });
        },
        uploadOptions.signal,
      ),
    getFile: (document, requestOptions) =>
      only(`Downloading the file of document ${document.id}`, () => getDocumentFile(context, document, requestOptions), requestOptions?.signal),
  };
}
