import { connect, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served | undefined;
let socket: Socket | undefined;
afterEach(async () => {
  socket?.destroy();
  await served?.server.close();
});

const BODY_BYTES = 16 * 1024 * 1024;

// A raw keep-alive connection, as a browser keeps one: an upload refused from its Content-Length alone (413) must
// not leave the rest of its body unread in the socket, or the next request on that connection never gets an answer.
it('drains the unread body of an upload it refused early, and answers the next request on the same connection', async () => {
  served = await serve({ maxUploadBytes: 64 * 1024 });
  socket = connect(served.server.port, '127.0.0.1');
  await new Promise((resolve) => socket?.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
  });
  socket.write(
    `POST /api/v2/my/files HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer test-token\r\n` +
      `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${BODY_BYTES}\r\n\r\n`,
  );
  socket.write(Buffer.alloc(BODY_BYTES));
  socket.write('GET /api/v2/my/documents HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer test-token\r\n\r\n');
  await expect.poll(() => received.match(/^HTTP\/1\.1 \d+/gm), { timeout: 4_000 }).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
});
