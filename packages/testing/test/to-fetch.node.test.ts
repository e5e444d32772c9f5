import { createFakeDocumentsApi, createJpegBytes, toFetch, type FakeDocument } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';

const BASE = 'https://broker.example';
const AUTH = { authorization: 'Bearer test-token' };

describe('toFetch', () => {
  it('runs the whole upload → create → list → file flow as a plain function', async () => {
    const api = createFakeDocumentsApi({ seed: false, now: () => new Date('2024-05-01T10:00:00Z') });
    const fakeFetch = toFetch(api.handler);
    expect(await (await fakeFetch(`${BASE}/api/v2/my/documents`, { headers: AUTH })).json()).toEqual([]);

    const bytes = createJpegBytes();
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'passport.jpg');
    const { path } = (await (await fakeFetch(`${BASE}/api/v2/my/files`, { method: 'POST', body: form, headers: AUTH })).json()) as { path: string };
    const created = await fakeFetch(new Request(`${BASE}/api/v2/my/documents`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ file: path, typeId: 1 }),
    }));
    const doc = (await created.json()) as FakeDocument;
    expect(doc).toMatchObject({ id: 1, status: 'pending', createTime: '2024-05-01T10:00:00.000Z', type: { name: 'Passport' } });
    const listed = (await (await fakeFetch(`${BASE}/api/v2/my/documents`, { headers: AUTH })).json()) as FakeDocument[];
    expect(listed).toEqual([doc]);
    const file = await fakeFetch(new URL(doc.fileUrl, BASE), { headers: AUTH });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });

  it('rejects with TypeError("Failed to fetch") on a dropped connection', async () => {
    const api = createFakeDocumentsApi();
    api.inject('list', { type: 'drop' });
    await expect(toFetch(api.handler)(`${BASE}/api/v2/my/documents`, { headers: AUTH })).rejects.toThrow(new TypeError('Failed to fetch'));
  });

  it('rejects with the abort reason when the signal aborts during latency', async () => {
    const api = createFakeDocumentsApi();
    api.inject('list', { type: 'latency', ms: 5_000 });
    const controller = new AbortController();
    const pending = toFetch(api.handler)(`${BASE}/api/v2/my/documents`, { headers: AUTH, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('answers 500 JSON instead of throwing when storage fails', async () => {
    const api = createFakeDocumentsApi({
      storage: {
        load: () => undefined,
        save: () => {
          throw new Error('disk full');
        },
      },
    });
    const response = await toFetch(api.handler)(`${BASE}/api/v2/my/documents/1`, { method: 'DELETE', headers: AUTH });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTERNAL_ERROR', message: expect.stringContaining('disk full') });
  });

  it('serves a fake mounted under a path prefix, with file URLs under that prefix', async () => {
    const fakeFetch = toFetch(createFakeDocumentsApi().handler);
    const response = await fakeFetch(`${BASE}/broker/api/v2/my/documents/1`, { headers: AUTH });
    const { fileUrl } = (await response.json()) as FakeDocument;
    expect(fileUrl).toMatch(/^\/broker\/api\/v2\/my\/files\//);
    expect((await fakeFetch(`${BASE}${fileUrl}`, { headers: AUTH })).headers.get('content-type')).toBe('image/jpeg');
  });
});
