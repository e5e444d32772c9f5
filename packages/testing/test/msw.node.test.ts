import { createFakeDocumentsApi, createJpegBytes, type Fault, type FakeDocument } from '@iddocs/testing';
import { createDocumentsHandlers, createStreamingUpload, StreamingUploadError, type StreamingUploadProgress } from '@iddocs/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const BASE = 'https://broker.example';
const AUTH = { authorization: 'Bearer test-token' };
const api = createFakeDocumentsApi({ controlPath: '/__fake' });
const server = setupServer(...createDocumentsHandlers(api, { baseUrl: BASE }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

describe('createDocumentsHandlers', () => {
  it('routes a fetch through MSW into the fake', async () => {
    const response = await fetch(`${BASE}/api/v2/my/documents?limit=2`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(((await response.json()) as FakeDocument[]).map((doc) => doc.id)).toEqual(api.documents().slice(0, 2).map((doc) => doc.id));
    expect(api.requests.at(-1)).toMatchObject({ route: 'list', url: '/api/v2/my/documents?limit=2' });
  });

  it('turns a dropped connection into a rejected fetch', async () => {
    api.inject('get', { type: 'drop' });
    await expect(fetch(`${BASE}/api/v2/my/documents/1`, { headers: AUTH })).rejects.toThrow(TypeError);
  });

  it('keeps statuses and headers, and serves the control path', async () => {
    expect((await fetch(`${BASE}/__fake/faults`, { method: 'POST', body: JSON.stringify({ route: 'list', fault: { type: 'status', status: 429, retryAfterSeconds: 2 } }) })).status).toBe(204);
    const limited = await fetch(`${BASE}/api/v2/my/documents`, { headers: AUTH });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
  });

  it('serves the control path where the fake answers it when baseUrl has a path prefix', async () => {
    const prefixed = createFakeDocumentsApi({ controlPath: '/__fake' });
    const prefixedServer = setupServer(...createDocumentsHandlers(prefixed, { baseUrl: 'https://broker.example/broker' }));
    server.close();
    prefixedServer.listen({ onUnhandledRequest: 'error' });
    try {
      const injected = await fetch('https://broker.example/__fake/faults', { method: 'POST', body: JSON.stringify({ route: 'list', fault: { type: 'status', status: 503 } }) });
      expect(injected.status).toBe(204);
      expect((await fetch('https://broker.example/broker/api/v2/my/documents', { headers: AUTH })).status).toBe(503);
    } finally {
      prefixedServer.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });

  it('accepts a bare fetch handler', async () => {
    const other = createFakeDocumentsApi({ seed: false });
    const otherServer = setupServer(...createDocumentsHandlers(other.handler, { baseUrl: 'https://other.example/' }));
    server.close();
    otherServer.listen();
    try {
      const response = await fetch('https://other.example/api/v2/my/documents', { headers: AUTH });
      expect(await response.json()).toEqual([]);
    } finally {
      otherServer.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

/** A 50 kB JPEG: 13 chunks of 4 KiB. */
function photo(): Blob {
  const bytes = new Uint8Array(50_000);
  bytes.set(createJpegBytes());
  return new Blob([bytes], { type: 'image/jpeg' });
}

describe('createStreamingUpload', () => {
  const upload = createStreamingUpload({ baseUrl: BASE, chunkSize: 4096 });

  it('stores the file through MSW, byte for byte, with progress in the file’s own bytes up to its size', async () => {
    const file = photo();
    const steps: StreamingUploadProgress[] = [];
    const path = await upload(file, { onProgress: (step) => steps.push(step), signal: new AbortController().signal, fileName: 'scan.jpg' });

    expect(path).toMatch(/\/scan\.jpg$/);
    const created = (await (await fetch(`${BASE}/api/v2/my/documents`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ file: path, typeId: 1 }) })).json()) as FakeDocument;
    const stored = await fetch(`${BASE}${created.fileUrl}`, { headers: AUTH });
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(new Uint8Array(await file.arrayBuffer()));
    expect(steps.length).toBeGreaterThan(10);
    expect(steps.map(({ loaded }) => loaded)).toEqual(steps.map(({ loaded }) => loaded).toSorted((a, b) => a - b));
    expect(steps.every(({ total }) => total === file.size)).toBe(true);
    expect(steps.at(-1)).toEqual({ loaded: file.size, total: file.size, percent: 100 });
  });

  it.each([
    ['a quote', 'my "best" scan.jpg', 'my_best_scan.jpg'],
    ['a line break', 'page\r\n2.jpg', 'page_2.jpg'],
  ])('escapes %s in the file name as a browser’s FormData does, so the fake stores it', async (_what, fileName, stored) => {
    const path = await upload(photo(), { onProgress: () => {}, signal: new AbortController().signal, fileName });
    expect(path.split('/').at(-1)).toBe(stored);
  });

  it('stores a file whose bytes hold a multipart boundary line (each upload draws its own boundary, as browsers do)', async () => {
    const bytes = new Uint8Array(await photo().arrayBuffer());
    bytes.set(new TextEncoder().encode('\r\n--iddocs-streaming-upload\r\n--iddocs-streaming-upload--\r\n'), 20_000);
    const path = await upload(new Blob([bytes], { type: 'image/jpeg' }), { onProgress: () => {}, signal: new AbortController().signal, fileName: 'c.jpg' });
    const created = (await (await fetch(`${BASE}/api/v2/my/documents`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ file: path, typeId: 1 }) })).json()) as FakeDocument;
    const stored = await fetch(`${BASE}${created.fileUrl}`, { headers: AUTH });
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(bytes);
  });

  it('rejects, when the upload is refused, with the fake’s status, its wait and message, as the client’s error shape; with AbortError when aborted', async () => {
    const refusal = async (fault: Fault) => {
      api.inject('upload', fault);
      return upload(photo(), { onProgress: () => {}, signal: new AbortController().signal, fileName: 'a.jpg' }).catch((error: unknown) => error);
    };
    const unavailable = await refusal({ type: 'status', status: 503 });
    expect(unavailable).toBeInstanceOf(StreamingUploadError);
    expect(unavailable).toMatchObject({ name: 'DocumentsError', code: 'SERVER', status: 503, retryAfterMs: undefined });
    expect((unavailable as Error).message).toMatch(/^The fake answered the upload with 503 \(".+"\)\.$/);
    expect(await refusal({ type: 'status', status: 429, retryAfterSeconds: 30 })).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 30_000 });
    expect(await refusal({ type: 'status', status: 429, retryAfterSeconds: 0 })).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 0 });
    expect(await refusal({ type: 'status', status: 401 })).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await refusal({ type: 'status', status: 413 })).toMatchObject({ code: 'VALIDATION', status: 413 });

    const controller = new AbortController();
    const aborted = upload(photo(), { onProgress: () => controller.abort(), signal: controller.signal, fileName: 'b.jpg' });
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});
