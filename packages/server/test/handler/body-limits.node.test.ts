import { describe, expect, it } from 'vitest';
import { DELETE_PATH, errorCode, guid, postJson, serveHandler } from './support.js';

/** A body stream of `total` bytes of spaces that counts how much was pulled and whether it was cancelled. */
function countingBody(total: number, chunkSize = 16 * 1024) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    cancel() {
      cancelled = true;
    },
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunkSize, total - sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
      sent += size;
    },
  });
  return { stream, sent: () => sent, cancelled: () => cancelled };
}

describe('body size and media type', () => {
  it('answers 413 from Content-Length alone, without calling upstream', async () => {
    const { url, calls } = await serveHandler({ maxBodyBytes: 100 });
    const body = JSON.stringify({ identityDocumentIds: [guid(), guid(), guid()] });
    expect(body.length).toBeGreaterThan(100);
    const response = await postJson(`${url}${DELETE_PATH}`, body);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    expect(calls).toHaveLength(0);
  });

  it('accepts a body of exactly maxBodyBytes', async () => {
    const body = JSON.stringify({ identityDocumentIds: [guid()] });
    const { url } = await serveHandler({ maxBodyBytes: body.length });
    expect((await postJson(`${url}${DELETE_PATH}`, body)).status).toBe(200);
  });

  it('answers 413 to a chunked body without Content-Length', async () => {
    const { url, calls } = await serveHandler({ maxBodyBytes: 64 * 1024 });
    const body = countingBody(1024 * 1024);
    const response = await fetch(`${url}${DELETE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body.stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    expect(calls).toHaveLength(0);
  });

  it('stops reading a streamed body as soon as it passes maxBodyBytes', async () => {
    const { handler, calls } = await serveHandler({ maxBodyBytes: 64 * 1024 });
    const body = countingBody(64 * 1024 * 1024, 1024);
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.stream, duplex: 'half' } as RequestInit;
    const response = await handler(new Request(`http://app.test${DELETE_PATH}`, init));
    expect(response.status).toBe(413);
    expect(body.cancelled()).toBe(true);
    // Only what was read plus the stream's small read-ahead was pulled, not the 64 MiB on offer.
    expect(body.sent()).toBeLessThan(256 * 1024);
    expect(calls).toHaveLength(0);
  });

  it.each([
    undefined,
    'text/plain',
    'text/plain;charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'application/jsonp',
    'application/json-patch+json',
    'application/json; foo=bar',
  ])('answers 415 to Content-Type %s', async (type) => {
    const { url, calls } = await serveHandler();
    const headers = new Headers(type === undefined ? {} : { 'content-type': type });
    const body = new Blob([JSON.stringify({ identityDocumentIds: [guid()] })]);
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'POST', headers, body });
    expect(response.status).toBe(415);
    expect(await errorCode(response)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(calls).toHaveLength(0);
  });

  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"'])(
    'accepts Content-Type %s',
    async (type) => {
      const { url } = await serveHandler();
      expect((await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] }, { 'content-type': type })).status).toBe(200);
    },
  );

  it.each(['', '{', '{"identityDocumentIds": [}', 'undefined', "{'a':1}", '\u{feff}{"identityDocumentIds":[]} x'])('answers 400 BAD_JSON to %j', async (text) => {
    const { url, calls } = await serveHandler();
    const response = await postJson(`${url}${DELETE_PATH}`, text);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('BAD_JSON');
    expect(calls).toHaveLength(0);
  });

  it('answers 400 BAD_JSON to bytes that are not UTF-8', async () => {
    const { url, calls } = await serveHandler();
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('BAD_JSON');
    expect(calls).toHaveLength(0);
  });
});
