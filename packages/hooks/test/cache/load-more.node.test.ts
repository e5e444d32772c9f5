import { createPdfBytes } from '@iddocs/testing';
import { describe, expect, it, vi } from 'vitest';
import { BASE_URL, createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, storeWithLoadedList } from './store-helpers.js';

const api = setupFakeDocumentsServer();
const listOffsets = () => requestsTo(api, 'list').map((request) => new URL(request.url, BASE_URL).searchParams.get('offset'));

describe('fetchNextPage ("load more")', () => {
  it('during a refetch (after an upload, a delete, focus), starts the refetch again one page longer: the click is not lost', async () => {
    const { store, key } = await storeWithLoadedList();
    api.inject('list', { type: 'latency', ms: 200 });

    const refetching = store.refetch(key);
    const more = store.fetchNextPage(key);
    expect(store.getSnapshot(key)).toMatchObject({ isFetching: true, isFetchingNextPage: true });
    await Promise.all([refetching, more]);

    // The first page again (the refetch's data, never a page of the old data), then the next one.
    expect(listOffsets().slice(-2)).toEqual(['0', '2']);
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 4));
    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', isFetching: false, isFetchingNextPage: false });
  });

  it('pressed twice while a page loads, loads one page', async () => {
    const { store, key } = await storeWithLoadedList();

    await Promise.all([store.fetchNextPage(key), store.fetchNextPage(key)]);

    expect(listOffsets()).toEqual(['0', '2']);
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 4));
  });

  it('leaves out a document already listed when offsets shifted (one added elsewhere): no id twice', async () => {
    const { store, key } = await storeWithLoadedList();
    const firstPage = listedIds(store, key)!;
    // Another tab adds a document: the newest comes first, so the next page starts with the last one shown.
    const other = createTestClient();
    await other.upload(new File([createPdfBytes()], 'from-another-tab.pdf', { type: 'application/pdf' }), { typeId: 4 });

    await store.fetchNextPage(key);

    const ids = listedIds(store, key)!;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...firstPage, fakeIds(api)[3]]);
  });

  it('says when it failed ("isFetchNextPageError"), keeping the pages it has, unlike a failed refetch', async () => {
    const { store, key } = await storeWithLoadedList();
    api.inject('list', { type: 'status', status: 503 });

    await store.fetchNextPage(key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', error: { code: 'SERVER' }, isFetchNextPageError: true });
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 2));

    api.inject('list', { type: 'status', status: 503 });
    await store.refetch(key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', isFetchNextPageError: false });

    await store.fetchNextPage(key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', isFetchNextPageError: false });
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 4));
  });

  it('survives a delete that ends while the page loads (the list deletes in place): the page still comes', async () => {
    const { store, key } = await storeWithLoadedList();
    api.inject('list', { type: 'latency', ms: 300 });

    const more = store.fetchNextPage(key);
    await store.deleteDocument(listedIds(store, key)![0]!, { optimistic: false });
    await more;
    await vi.waitFor(() => expect(store.getSnapshot(key).isFetching).toBe(false));

    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 4));
  });
});
