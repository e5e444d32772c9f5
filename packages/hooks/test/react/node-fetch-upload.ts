import type { UploadFunction } from '../../src/client/client-types.js';
import { DocumentsError } from '../../src/client/documents-error.js';
import { BASE_URL } from '../cache/fake-documents-server.js';

const encoder = new TextEncoder();
const CHUNK = 1024;

/**
 * The upload step for jsdom tests: jsdom's XHR/FormData can't carry `node:buffer` files, so this sends the same
 * multipart body with Node's fetch (still through MSW into the fake) as a stream, reporting progress as the
 * server pulls each 1 KiB chunk.
 */
export const nodeFetchUpload: UploadFunction = async (file, { onProgress, signal, fileName }) => {
  const boundary = 'iddocs-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const parts = [encoder.encode(head), new Uint8Array(await file.arrayBuffer()), encoder.encode(`\r\n--${boundary}--\r\n`)];
  const body = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.byteLength;
  }
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= body.byteLength) return controller.close();
      const chunk = body.slice(sent, sent + CHUNK);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
      onProgress({ loaded: sent, total: body.byteLength, percent: Math.floor((sent / body.byteLength) * 100) });
    },
  });
  const init: RequestInit & { duplex: 'half' } = {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: { authorization: 'Bearer test-token', 'content-type': `multipart/form-data; boundary=${boundary}` },
    signal,
  };
  const response = await fetch(`${BASE_URL}/api/v2/my/files`, init);
  if (!response.ok) {
    throw new DocumentsError(response.status >= 500 ? 'SERVER' : 'VALIDATION', `Test upload answered ${response.status}.`, { status: response.status });
  }
  const json = (await response.json()) as { path: string };
  return json.path;
};
