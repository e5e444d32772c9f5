import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds } from './store-helpers.js';

const api = setupFakeDocumentsServer();

describe('garbage collection of an entry whose request outlives gcTime', () => {
  it('keeps an unwatched entry while its request is in flight (a prefetch slower than gcTime)', async () => {
    const store = createDocumentsStore(createTestClient(), { gcTime: 10 });
    const key = documentsListKey();
    api.inject('list', { type: 'latency', ms: 100 });

    await store.fetch(key);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', isFetching: false });
    expect(listedIds(store, key)).toEqual(fakeIds(api));
  });

  it('collects that entry once its request has settled, instead of keeping its documents forever', async () => {
    const store = createDocumentsStore(createTestClient(), { gcTime: 10 });
    const key = documentsListKey();
    api.inject('list', { type: 'latency', ms: 100 });
    await store.fetch(key);

    await expect.poll(() => store.getSnapshot(key), { timeout: 1000 }).toMatchObject({ status: 'pending', data: undefined });
  });
});
