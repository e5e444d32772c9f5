import { describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentKey, documentsListKey } from '../../src/cache/query-key.js';
import { createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';
import { listedIds, subscribeAndSettle } from './store-helpers.js';

const api = setupFakeDocumentsServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DocumentsStore queries', () => {
  it('shares one request between two subscribers of the same list', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    api.inject('list', { type: 'latency', ms: 50 });
    store.subscribe(key, () => {});
    await vi.waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(1));
    await subscribeAndSettle(store, documentsListKey({ limit: 10, offset: 0 }));

    expect(requestsTo(api, 'list')).toHaveLength(1);
    expect(listedIds(store, key)).toEqual(fakeIds(api));
  });

  it('keeps the snapshot object identical until the entry changes', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    expect(store.getSnapshot(key)).toBe(store.getSnapshot(key));
    await subscribeAndSettle(store, key);

    const settled = store.getSnapshot(key);
    expect(store.getSnapshot(key)).toBe(settled);
    await store.refetch(key);
    expect(store.getSnapshot(key)).not.toBe(settled);
  });

  it('serves fresh data without a request and revalidates stale data in the background', async () => {
    const store = createDocumentsStore(createTestClient(), { staleTime: 50 });
    const key = documentsListKey();
    (await subscribeAndSettle(store, key))();
    await store.fetch(key);
    expect(requestsTo(api, 'list')).toHaveLength(1);

    await sleep(60);
    api.inject('list', { type: 'latency', ms: 50 });
    store.subscribe(key, () => {});
    const revalidating = store.getSnapshot(key);
    expect(revalidating).toMatchObject({ status: 'success', isFetching: true });
    expect(revalidating.data).toBeDefined();
    await store.fetch(key);
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });

  it('reports a failed load as an error and recovers on refetch', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    api.inject('list', { type: 'status', status: 500 });
    await subscribeAndSettle(store, key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'error', error: { code: 'SERVER' }, data: undefined });

    await store.refetch(key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', error: null });
    expect(listedIds(store, key)).toEqual(fakeIds(api));
  });

  it('appends the next page at the next offset until the server has no more', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey({ limit: 2 });
    await subscribeAndSettle(store, key);
    await store.fetchNextPage(key);
    await store.fetchNextPage(key);

    const offsets = requestsTo(api, 'list').map((request) => new URL(request.url, 'http://x').searchParams.get('offset'));
    expect(offsets).toEqual(['0', '2', '4']);
    expect(listedIds(store, key)).toEqual(fakeIds(api));
    expect(store.getSnapshot(key).data?.at(-1)?.hasMore).toBe(false);
    await store.fetchNextPage(key);
    expect(requestsTo(api, 'list')).toHaveLength(3);
  });

  it('loads one document by id', async () => {
    const store = createDocumentsStore(createTestClient());
    const [id] = fakeIds(api);
    const key = documentKey(id ?? '');
    await subscribeAndSettle(store, key);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', data: { id } });
  });

  it('aborts the request when the last subscriber leaves and goes back to its previous state', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    api.inject('list', { type: 'latency', ms: 200 });
    const unsubscribe = store.subscribe(key, () => {});
    await vi.waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(1));
    unsubscribe();
    await sleep(10);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'pending', isFetching: false, error: null });
    await sleep(250);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'pending', error: null });
  });

  it('forgets entries without subscribers after gcTime', async () => {
    const store = createDocumentsStore(createTestClient(), { staleTime: Infinity, gcTime: 20 });
    const kept = createDocumentsStore(createTestClient(), { staleTime: Infinity });
    const key = documentsListKey();
    (await subscribeAndSettle(store, key))();
    (await subscribeAndSettle(kept, key))();
    await sleep(50);

    expect(store.getSnapshot(key)).toMatchObject({ status: 'pending', data: undefined });
    expect(kept.getSnapshot(key)).toMatchObject({ status: 'success' });
    await subscribeAndSettle(store, key);
    await subscribeAndSettle(kept, key);
    expect(requestsTo(api, 'list')).toHaveLength(3);
  });
});

describe('DocumentsStore writes', () => {
  it('refetches observed lists on invalidate and refetches unobserved ones on their next subscriber', async () => {
    const store = createDocumentsStore(createTestClient(), { staleTime: Infinity });
    const observed = documentsListKey();
    const unobserved = documentsListKey({ limit: 2 });
    await subscribeAndSettle(store, observed);
    (await subscribeAndSettle(store, unobserved))();
    const [first] = fakeIds(api);
    await store.client.delete(first ?? '');

    await store.invalidate();
    expect(requestsTo(api, 'list')).toHaveLength(3);
    expect(listedIds(store, observed)).not.toContain(first);
    expect(listedIds(store, unobserved)).toContain(first);

    await subscribeAndSettle(store, unobserved);
    expect(requestsTo(api, 'list')).toHaveLength(4);
    expect(listedIds(store, unobserved)).not.toContain(first);
  });

  it('an invalidation while "load more" is loading reloads that page too', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey({ limit: 2 });
    await subscribeAndSettle(store, key);
    api.inject('list', { type: 'latency', ms: 50 });
    void store.fetchNextPage(key);
    await vi.waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(2));

    await store.invalidate();

    expect(store.getSnapshot(key).data).toHaveLength(2);
    expect(listedIds(store, key)).toEqual(fakeIds(api).slice(0, 4));
    expect(store.getSnapshot(key)).toMatchObject({ isFetching: false, isFetchingNextPage: false });
  });

  it('an invalidation replaces a prefetch in flight, so its older answer does not count as fresh', async () => {
    let answered: (() => void) | undefined;
    const slowFirstAnswer = new Promise<void>((resolve) => {
      answered = resolve;
    });
    let calls = 0;
    // The first answer leaves the server before the delete and arrives after it.
    const fetchLate = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (calls++ === 0) await slowFirstAnswer;
      return response;
    };
    const store = createDocumentsStore(createTestClient({ fetch: fetchLate }), { staleTime: Infinity });
    const key = documentsListKey();
    const [first] = fakeIds(api);
    const prefetch = store.fetch(key);
    await vi.waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(1));
    await store.client.delete(first ?? '');
    setTimeout(() => answered?.(), 20);

    await store.invalidate();
    await prefetch;

    expect(listedIds(store, key)).not.toContain(first);
    await subscribeAndSettle(store, key);
    expect(listedIds(store, key)).not.toContain(first);
  });

  it('removes a document from every cached list and rolls it back to the same place', async () => {
    const store = createDocumentsStore(createTestClient());
    const whole = documentsListKey();
    const paged = documentsListKey({ limit: 2 });
    await subscribeAndSettle(store, whole);
    await subscribeAndSettle(store, paged);
    await store.fetchNextPage(paged);
    const before = { whole: store.getSnapshot(whole).data, paged: store.getSnapshot(paged).data };
    const target = fakeIds(api)[2] ?? '';

    const rollback = store.removeDocumentOptimistically(target);
    expect(listedIds(store, whole)).not.toContain(target);
    expect(listedIds(store, paged)).not.toContain(target);

    rollback();
    expect(store.getSnapshot(whole).data).toEqual(before.whole);
    expect(store.getSnapshot(paged).data).toEqual(before.paged);
  });

  it('keeps an optimistically removed document out when a refetch that started earlier comes back', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    await subscribeAndSettle(store, key);
    const target = fakeIds(api)[0] ?? '';
    api.inject('list', { type: 'latency', ms: 50 });
    const refetching = store.refetch(key);
    await vi.waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(2));

    store.removeDocumentOptimistically(target);
    await refetching;
    expect(listedIds(store, key)).not.toContain(target);
    expect(store.getSnapshot(key)).toMatchObject({ status: 'success', isFetching: false });
  });

  it('sends one DELETE for two deletes of the same id in flight', async () => {
    const store = createDocumentsStore(createTestClient());
    await subscribeAndSettle(store, documentsListKey());
    const target = fakeIds(api)[0] ?? '';
    api.inject('delete', { type: 'latency', ms: 50 });

    const first = store.deleteDocument(target);
    const second = store.deleteDocument(target);
    expect(second).toBe(first);
    await first;
    expect(requestsTo(api, 'delete')).toHaveLength(1);
    expect(fakeIds(api)).not.toContain(target);
  });

  it('with { optimistic: false } keeps the document listed until the server has deleted it', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    await subscribeAndSettle(store, key);
    const target = fakeIds(api)[1] ?? '';
    api.inject('delete', { type: 'latency', ms: 50 });
    const seen: boolean[] = [];
    store.subscribe(key, () => seen.push(listedIds(store, key)?.includes(target) ?? false));

    const deleting = store.deleteDocument(target, { optimistic: false });
    expect(store.isDeleting(target)).toBe(true);
    await vi.waitFor(() => expect(requestsTo(api, 'delete')).toHaveLength(1));
    expect(listedIds(store, key)).toContain(target);
    await deleting;
    expect(listedIds(store, key)).not.toContain(target);
    // Listed in every snapshot up to the answer, never again after it.
    expect(seen.indexOf(false)).toBeGreaterThan(-1);
    expect(seen.slice(seen.indexOf(false))).not.toContain(true);
    expect(store.isDeleting(target)).toBe(false);
  });

  it('with { optimistic: false } leaves a refused document where it was, without a flicker', async () => {
    const store = createDocumentsStore(createTestClient());
    const key = documentsListKey();
    await subscribeAndSettle(store, key);
    const before = listedIds(store, key);
    const target = before?.[1] ?? '';
    api.inject('delete', { type: 'status', status: 403 });
    const seen: Array<string[] | undefined> = [];
    store.subscribe(key, () => seen.push(listedIds(store, key)));

    await expect(store.deleteDocument(target, { optimistic: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(listedIds(store, key)).toEqual(before);
    expect(seen.every((ids) => ids?.includes(target))).toBe(true);
  });

  it('joins an optimistic delete of the same id in flight instead of sending a second DELETE', async () => {
    const store = createDocumentsStore(createTestClient());
    await subscribeAndSettle(store, documentsListKey());
    const target = fakeIds(api)[0] ?? '';
    api.inject('delete', { type: 'latency', ms: 50 });

    const optimistic = store.deleteDocument(target);
    expect(store.deleteDocument(target, { optimistic: false })).toBe(optimistic);
    await optimistic;
    expect(requestsTo(api, 'delete')).toHaveLength(1);
  });
});
