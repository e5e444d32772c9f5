import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();

// README: `{ optimistic: false }` "keeps it listed until the server has deleted it" — for a confirmation that lives in
// the document's own row. A refetch while the DELETE is in flight (focus, reconnect, another upload's invalidation)
// must not take the row away early, nor make a refused document flicker out and back.
describe('a list refetched while a non-optimistic delete is in flight', () => {
  it('still lists the document the server still has', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    await subscribeAndSettle(store, key);
    const target = fakeIds(api)[1] ?? '';
    api.inject('delete', { type: 'latency', ms: 200 });

    const deleting = store.deleteDocument(target, { optimistic: false });
    await store.refetch(key);

    expect(fakeIds(api)).toContain(target);
    expect(listedIds(store, key)).toContain(target);
    await deleting;
    expect(listedIds(store, key)).not.toContain(target);
  });
});
