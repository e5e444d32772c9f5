import type { UploadTransport } from './upload-transport.js';

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Uploads with XMLHttpRequest, the only browser API with real byte progress over HTTP/1.1
 * (a streamed fetch body needs HTTP/2 in Chromium). No timeout: large files on slow links take long.
 */
export const xhrUpload: UploadTransport = (request) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const { signal } = request;
    const onAbort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', onAbort);

    xhr.open('POST', request.url.href);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => request.onProgress(event.loaded, event.lengthComputable ? event.total : request.size));
    xhr.addEventListener('load', () => {
      settle();
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError(`network error (status ${xhr.status})`));
        return;
      }
      const body = NULL_BODY_STATUSES.has(xhr.status) ? null : xhr.responseText;
      resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    });
    xhr.addEventListener('error', () => {
      settle();
      reject(new TypeError('network error'));
    });
    xhr.addEventListener('abort', () => {
      settle();
      reject(new DOMException('The upload was aborted.', 'AbortError'));
    });
    if (signal?.aborted === true) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(request.body);
  });
