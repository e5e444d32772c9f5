import type { DocumentsClientOptions, UploadFileOptions } from './client-types.js';
import { fileNameOf } from './files.js';
import { pick } from './parse.js';
import { fail, readParsed, toError, type SendRequest } from './request.js';

// The advice of every failure to get a stored path.
const CHECK_UPLOAD = 'Check upload.getPath or the upload function.';
const STORED_PATH = 'a stored file path';

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
  stallMs = 30_000,
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
    const label = `Uploading "${fileName}"`;
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
      throw toError(error, label, signal, String((error as Error | null)?.message ?? error), CHECK_UPLOAD);
    }
    if (!path) throw fail('INVALID_RESPONSE', label, `the answer is not ${STORED_PATH}`, CHECK_UPLOAD);
  } else {
    const { url = 'api/v2/my/files', fieldName = 'file', fields = {}, getPath = (json: unknown) => pick(json, 'path file data.path') } = upload ?? {};
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append(fieldName, file, fileName);
    path = await request(
      'POST',
      url,
      signal,
      (response, label) => readParsed(response, label, (json) => storedPath(getPath(json)), STORED_PATH, CHECK_UPLOAD),
      // Large files on slow links take long: no timeout on the whole, only on a stall (in the browser, below).
      { body, timeout: false },
      undefined,
      // XMLHttpRequest is the only browser API with byte progress over HTTP/1.1 (a streamed fetch body needs HTTP/2
      // in Chromium); without it (Node, SSR) ky sends the body and progress jumps to 100 at the end.
      typeof XMLHttpRequest === 'function'
        ? (target, headers) =>
            new Promise((resolve, reject) => {
              const xhr = new XMLHttpRequest();
              const abort = () => xhr.abort();
              // A connection that stalls (a phone in a tunnel) neither moves nor fails: after `stallMs` without a byte
              // sent, the upload fails as a timeout. Once all are handed over, the answer has no limit: the last
              // megabytes may still sit in the socket's buffer, crossing a slow link.
              let timer: ReturnType<typeof setTimeout> | undefined;
              const wait = () => {
                clearTimeout(timer);
                timer = setTimeout(
                  () => {
                    // First: the abort's own failure that follows is then no news.
                    reject(new DOMException('', 'TimeoutError'));
                    abort();
                  },
                  Math.min(stallMs, 2 ** 31 - 1),
                );
              };
              xhr.open('POST', target);
              for (const header of Object.entries(headers)) xhr.setRequestHeader(...header);
              // In the file's own bytes: with the multipart envelope, `total` would not be the size shown beside the file.
              xhr.upload.addEventListener('progress', ({ loaded, total, lengthComputable }) => {
                wait();
                report(Math.min(file.size, lengthComputable ? Math.round((loaded / total) * file.size) : loaded), file.size);
              });
              xhr.upload.addEventListener('load', () => clearTimeout(timer));
              xhr.addEventListener('loadend', () => {
                signal?.removeEventListener('abort', abort);
                clearTimeout(timer);
                try {
                  const text = xhr.responseText;
                  // Only the header the client reads; an empty text is no body (204 and friends allow none).
                  const response = new Response(text || null, { status: xhr.status, headers: { 'Retry-After': xhr.getResponseHeader('Retry-After') ?? '' } });
                  // The text is already here: reading it back through the body stream would wait behind every task
                  // already queued (React renders, progress events), 0.3–3 ms before `create` could be sent.
                  response.text = () => Promise.resolve(text);
                  resolve(response);
                } catch (error) {
                  // Status 0 (the connection failed, or `signal` aborted it) makes no Response: a network error.
                  reject(error);
                }
              });
              signal?.addEventListener('abort', abort);
              xhr.send(body);
              wait();
            })
        : undefined,
    );
  }
  report(file.size, file.size);
  return path;
}
