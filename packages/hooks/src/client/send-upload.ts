import type { ClientContext, UploadEndpoint } from './client-context.js';
import { DocumentsError } from './documents-error.js';
import { errorFromResponse } from './error-from-response.js';
import { createFetchUpload } from './fetch-upload.js';
import type { ProgressReporter } from './progress-reporter.js';
import { readJson } from './read-json.js';
import { requireStoredPath } from './require-stored-path.js';
import { resolveUrl } from './resolve-url.js';
import { requestLabel } from './send-request.js';
import { toDocumentsError } from './to-documents-error.js';
import type { UploadTransport } from './upload-transport.js';
import { xhrUpload } from './xhr-upload.js';

function pickTransport(context: ClientContext): UploadTransport {
  return typeof globalThis.XMLHttpRequest === 'function' ? xhrUpload : createFetchUpload(context.http);
}

/** Sends a file to the upload endpoint (multipart, bearer token, 401 replay) and resolves with the stored path. */
export async function sendUpload(
  context: ClientContext,
  endpoint: UploadEndpoint,
  file: Blob,
  fileName: string,
  reporter: ProgressReporter,
  signal: AbortSignal | undefined,
): Promise<string> {
  const url = resolveUrl(context.baseUrl, endpoint.url);
  const label = requestLabel('POST', url);
  if (signal?.aborted === true) {
    throw new DocumentsError('ABORTED', `${label} was cancelled before it was sent.`, { cause: signal.reason });
  }
  const body = new FormData();
  for (const [name, value] of Object.entries(endpoint.fields)) body.append(name, value);
  body.append(endpoint.fieldName, file, fileName);
  const transport = pickTransport(context);

  let response: Response;
  try {
    response = await context.auth.send(label, (token) =>
      transport({
        url,
        body,
        headers: { Accept: 'application/json', ...context.headers, Authorization: `Bearer ${token}` },
        size: file.size,
        signal,
        onProgress: reporter.report,
      }),
    );
  } catch (error) {
    throw toDocumentsError(error, label, signal);
  }
  if (!response.ok) throw await errorFromResponse(response, label);
  const json = await readJson(response, label, signal);
  let path: unknown;
  try {
    path = endpoint.getPath(json);
  } catch (error) {
    throw new DocumentsError('INVALID_RESPONSE', `${label} succeeded but upload.getPath threw. Fix upload.getPath.`, { cause: error });
  }
  return requireStoredPath(path, label);
}
