import type { UploadFunction } from '@iddocs/hooks';

const encoder = new TextEncoder();

/**
 * The upload step for jsdom: jsdom's XHR and FormData can't carry files to Node, so this sends the same multipart
 * body with Node's fetch (through MSW into the fake) as a stream, reporting progress as each 1 KiB is pulled.
 */
export const jsdomUpload: UploadFunction = async (file, { onProgress, signal, fileName }) => {
  const boundary = 'uploader-test';
  const head = encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${file.type}\r\n\r\n`);
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const body = new Uint8Array(head.byteLength + bytes.byteLength + tail.byteLength);
  body.set(head);
  body.set(bytes, head.byteLength);
  body.set(tail, head.byteLength + bytes.byteLength);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= body.byteLength) return controller.close();
      const chunk = body.slice(sent, sent + 1024);
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
  const response = await fetch('http://api.test/api/v2/my/files', init);
  if (!response.ok) throw new Error(`Test upload answered ${response.status}.`);
  return ((await response.json()) as { path: string }).path;
};
