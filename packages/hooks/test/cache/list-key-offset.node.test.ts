import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();

describe('list keys', () => {
  it('lists of the same size from different offsets are separate entries', async () => {
    const store = createDocumentsStore(createTestClient());
    const first = documentsListKey({ limit: 2, offset: 0 });
    const second = documentsListKey({ limit: 2, offset: 2 });

    await subscribeAndSettle(store, first);
    await subscribeAndSettle(store, second);

    expect(listedIds(store, first)).toEqual(fakeIds(api).slice(0, 2));
    expect(listedIds(store, second)).toEqual(fakeIds(api).slice(2, 4));
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });
});
