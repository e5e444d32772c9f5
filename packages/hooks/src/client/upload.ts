import type { DocumentsClientOptions, UploadFileOptions } from './client-types.js';
import { fileNameOf } from './files.js';
import { pick } from './parse.js';
import { fail, readParsed, toError, type SendRequest } from './request.js';

/** The path itself when it is a non-empty string (the only kind `create` accepts), else `undefined`. */
function storedPath(path: unknown): string | undefined {
  return typeof path === 'string' && path.trim() ? path : undefined;
}

/**
 * Sends an already checked file through the upload step (the endpoint, or the app's own function) and
 * resolves with the stored path. Progress only ever goes up (a 401 replay restarts the bytes) and ends at 100.
 */
export async function uploadChecked(
  request: SendRequest,
  upload: DocumentsClientOptions['upload'],
  file: Blob,
  { onProgress, signal }: UploadFileOptions = {},
): Promise<string> {
  const fileName = fileNameOf(file);
  let lastPercent = -1;
  const report = (loaded: number, total: number): void => {
    const safeTotal = Math.max(total, loaded, 1);
    const percent = Math.floor((loaded / safeTotal) * 100);
    if (percent > lastPercent) onProgress?.({ loaded, total: safeTotal, percent: (lastPercent = percent) });
  };
  let path: string | undefined;

  if (typeof upload === 'function') {
    const label = `The upload function for "${fileName}"`;
    try {
      signal?.throwIfAborted();
      path = storedPath(
        await upload(file, {
          onProgress: (progress) => report(progress.loaded, progress.total),
          // The function's contract has a required signal; one that never aborts stands in when the caller gave none.
          signal: signal ?? new AbortController().signal,
          fileName,
        }),
      );
    } catch (error) {
      throw toError(error, label, signal, String((error as Error | null)?.message ?? error), 'Check the upload function and try again.');
    }
    if (path === undefined) throw fail('INVALID_RESPONSE', label, 'it gave no stored file path', 'Make it resolve the path that create accepts.');
  } else {
    const { url = 'api/v2/my/files', fieldName = 'file', fields = {}, getPath = (json: unknown) => pick(json, 'path file data.path') } = upload ?? {};
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append(fieldName, file, fileName);
    path = await request(
      'POST',
      url,
      signal,
      (response, label) => readParsed(response, label, (json) => storedPath(getPath(json)), 'a stored file path', 'Set upload.getPath to read it.'),
      // Large files on slow links take long: no timeout.
      { body, timeout: false },
      undefined,
      // XMLHttpRequest is the only browser API with byte progress over HTTP/1.1 (a streamed fetch body needs HTTP/2
      // in Chromium); without it (Node, SSR) ky sends the body and progress jumps to 100 at the end.
      typeof XMLHttpRequest === 'function'
        ? (target, headers) =>
            new Promise((resolve, reject) => {
              const xhr = new XMLHttpRequest();
              const abort = () => xhr.abort();
              xhr.open('POST', target);
              for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
              xhr.upload.onprogress = (event) => report(event.loaded, event.lengthComputable ? event.total : file.size);
              xhr.onloadend = () => {
                signal?.removeEventListener('abort', abort);
                try {
                  // Only the header the client reads; an empty text is no body (204 and friends allow none).
                  const retryAfter: [string, string][] = [['Retry-After', xhr.getResponseHeader('Retry-After') ?? '']];
                  resolve(new Response(xhr.responseText || null, { status: xhr.status, headers: retryAfter }));
                } catch (error) {
                  // Status 0 (the connection failed, or `signal` aborted it) is no Response: a network error.
                  reject(error);
                }
              };
              signal?.addEventListener('abort', abort);
              xhr.send(body);
            })
        : undefined,
    );
  }
  report(file.size, file.size);
  return path;
}
