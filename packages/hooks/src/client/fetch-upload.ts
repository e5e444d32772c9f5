import type { KyInstance, Options } from 'ky';
import type { UploadTransport } from './upload-transport.js';

/** Uploads with fetch (through ky) where there is no XMLHttpRequest (Node, SSR): no byte progress, only a final event. */
export function createFetchUpload(http: KyInstance): UploadTransport {
  return async (request) => {
    const options: Options = { method: 'POST', body: request.body, headers: request.headers, timeout: false };
    if (request.signal !== undefined) options.signal = request.signal;
    const response = await http(request.url, options);
    request.onProgress(request.size, request.size);
    return response;
  };
}
