import { createFakeDocumentsApi, createPdfBytes, toFetch, type FakeDocument, type FakeDocumentsSnapshot, type FakeDocumentsStorage } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';

const BASE = 'http://fake.local';
const AUTH = { authorization: 'Bearer test-token' };

function memoryStorage(): FakeDocumentsStorage & { saved: FakeDocumentsSnapshot[] } {
  const saved: FakeDocumentsSnapshot[] = [];
  return {
    saved,
    load: async () => (saved.length === 0 ? undefined : JSON.parse(JSON.stringify(saved.at(-1))) as FakeDocumentsSnapshot),
    save: (snapshot) => {
      saved.push(JSON.parse(JSON.stringify(snapshot)) as FakeDocumentsSnapshot);
    },
  };
}

describe('storage', () => {
  it('saves after each mutation and a new fake loads it on its first request', async () => {
    const storage = memoryStorage();
    const first = toFetch(createFakeDocumentsApi({ seed: false, storage }).handler);
    const bytes = createPdfBytes({ lines: ['Bank statement'] });
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'statement.pdf');
    const { path } = (await (await first(`${BASE}/api/v2/my/files`, { method: 'POST', body: form, headers: AUTH })).json()) as { path: string };
    const created = (await (
      await first(`${BASE}/api/v2/my/documents`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ file: path, typeId: 4 }) })
    ).json()) as FakeDocument;
    expect(storage.saved).toHaveLength(2);
    expect(Object.keys(storage.saved[1]?.files ?? {})).toEqual([path]);

    const secondApi = createFakeDocumentsApi({ seed: false, storage });
    const second = toFetch(secondApi.handler);
    expect(await (await second(`${BASE}/api/v2/my/documents`, { headers: AUTH })).json()).toEqual([created]);
    const file = await second(`${BASE}${created.fileUrl}`, { headers: AUTH });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);

    const next = (await (
      await second(`${BASE}/api/v2/my/documents`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ file: path, typeId: 1 }) })
    ).json()) as FakeDocument;
    expect(next.id).toBe(created.id + 1);
  });

  it('starts from the seed when nothing was saved, and reset saves the seed', async () => {
    const storage = memoryStorage();
    const api = createFakeDocumentsApi({ storage });
    const fakeFetch = toFetch(api.handler);
    const listed = (await (await fakeFetch(`${BASE}/api/v2/my/documents`, { headers: AUTH })).json()) as FakeDocument[];
    expect(listed).toEqual(api.documents());
    expect(listed.length).toBeGreaterThan(0);
    await fakeFetch(`${BASE}/api/v2/my/documents/${listed[0]?.id}`, { method: 'DELETE', headers: AUTH });
    expect(storage.saved.at(-1)?.documents).toHaveLength(listed.length - 1);
    api.reset();
    await Promise.resolve();
    expect(storage.saved.at(-1)?.documents).toHaveLength(listed.length);
  });
});
