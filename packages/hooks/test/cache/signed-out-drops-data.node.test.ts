import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, storeWithLoadedList, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();

// A session that ended (timed out on a shared screen, signed out elsewhere): the documents fetched with it must not
// stay on screen under an error, as the data of a failed refresh otherwise does.
describe('a refetch answered 401 that the client could not refresh', () => {
  it('drops the list it had, where any other failure keeps it', async () => {
    const { store, key } = await storeWithLoadedList();
    api.inject('list', { type: 'status', status: 503 });
    await store.refetch(key);
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 2));

    api.inject('list', { type: 'status', status: 401 });
    await store.refetch(key);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', error: { code: 'UNAUTHORIZED' }, data: undefined, isFetchNextPageError: false });
  });

  it('drops the list when "Load more" is the request refused', async () => {
    const { store, key } = await storeWithLoadedList();
    api.inject('list', { type: 'status', status: 401 });

    await store.fetchNextPage(key);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', error: { code: 'UNAUTHORIZED' }, data: undefined, isFetchNextPageError: false });
  });

  it('drops a single document too', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentKey(fakeIds(api)[0]!);
    await subscribeAndSettle(store, key);
    expect(store.getSnapshot(key).data).toBeDefined();
    api.inject('get', { type: 'status', status: 401 });

    await store.refetch(key);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', error: { code: 'UNAUTHORIZED' }, data: undefined });
  });
});
