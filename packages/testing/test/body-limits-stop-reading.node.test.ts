import { createFakeDocumentsApi, createJpegBytes, toFetch } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';

const BASE = 'http://fake.local';
const AUTH = { authorization: 'Bearer test-token' };

/** An endless body stream that counts the bytes pulled from it and notes whether it was cancelled. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled(): number; cancelled(): boolean } {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1024;
      controller.enqueue(new Uint8Array(1024).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

function streamingRequest(path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  // `duplex` is required by Node for a streamed body but unknown to the DOM typings.
  return new Request(`${BASE}${path}`, { method: 'POST', headers: { ...AUTH, ...headers }, body, duplex: 'half' } as RequestInit);
}

describe('body limits', () => {
  it('answers 413 to an upload whose Content-Length is over the cap without reading its body', async () => {
    const api = createFakeDocumentsApi({ maxUploadBytes: 64 * 1024 });
    const body = endlessBody();
    const request = streamingRequest('/api/v2/my/files', body.stream, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(10 * 1024 * 1024) });
    const response = await api.handler(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(body.pulled()).toBeLessThan(16 * 1024);
  });

  it('stops reading a JSON body past 1 MiB and cancels it, instead of leaving it to be buffered', async () => {
    const api = createFakeDocumentsApi();
    const body = endlessBody();
    const response = await api.handler(streamingRequest('/api/v2/my/documents', body.stream, { 'content-type': 'application/json' }));
    expect(response.status).toBe(413);
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses by default a file over 25 MiB, the documented default cap', async () => {
    const fakeFetch = toFetch(createFakeDocumentsApi({ seed: false }).handler);
    const bytes = new Uint8Array(25 * 1024 * 1024 + 1);
    bytes.set(createJpegBytes());
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'huge.jpg');
    const response = await fakeFetch(`${BASE}/api/v2/my/files`, { method: 'POST', body: form, headers: AUTH });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});
