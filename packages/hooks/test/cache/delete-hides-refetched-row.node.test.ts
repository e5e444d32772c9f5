import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();

describe('a list refetched while a delete is in flight', () => {
  it('keeps the document being deleted out, though the server still lists it', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    await subscribeAndSettle(store, key);
    const target = fakeIds(api)[1] ?? '';
    api.inject('delete', { type: 'latency', ms: 200 });

    const deleting = store.deleteDocument(target);
    await store.refetch(key);

    expect(fakeIds(api)).toContain(target);
    expect(listedIds(store, key)).not.toContain(target);
    await deleting;
  });
});
