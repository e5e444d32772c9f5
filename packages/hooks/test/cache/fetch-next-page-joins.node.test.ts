import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { BASE_URL, createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();

describe('fetchNextPage while the list is fetching', () => {
  it('joins the request in flight instead of cancelling it for a page of the old data', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey({ limit: 2 });
    await subscribeAndSettle(store, key);
    api.inject('list', { type: 'latency', ms: 50 });

    const refetching = store.refetch(key);
    await store.fetchNextPage(key);
    await refetching;

    const offsets = requestsTo(api, 'list').map((request) => new URL(request.url, BASE_URL).searchParams.get('offset'));
    expect(offsets).toEqual(['0', '0']);
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 2));
  });
});
