import type { DocumentsClient } from '../client/client-types.js';
import type { Document, DocumentPage } from '../client/document.js';
import { hashQueryKey, type DocumentKey, type DocumentsListKey, type DocumentsQueryKey } from './query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot, type QueryState } from './query-snapshot.js';
import { toDocumentsError } from './to-documents-error.js';

/** Options of {@link createDocumentsStore}. */
export interface DocumentsStoreOptions {
  /**
   * How long fetched data counts as fresh, in ms. Default 5_000: a documents page mounts several readers of the
   * same list (table, counter, empty state) and users flip back and forth within seconds; fresh data is then
   * shown without a request, while invalidation after every write keeps it correct.
   */
  staleTime?: number;
  /** How long an entry without subscribers is kept, in ms. Default 300_000 (5 min); `Infinity` keeps it forever. */
  gcTime?: number;
  /** Refetch observed stale queries when the tab becomes visible again. Default `true`. */
  refetchOnWindowFocus?: boolean;
  /** Refetch observed stale queries when the browser comes back online. Default `true`. */
  refetchOnReconnect?: boolean;
}

/** Options of {@link DocumentsStore.subscribe}. */
export interface SubscribeOptions {
  /** `false` watches the entry without fetching it, nor refetching it on triggers. Default `true`. */
  enabled?: boolean;
}

/** Which entries {@link DocumentsStore.invalidate} marks stale. */
export interface InvalidateFilter {
  /** `'documents'` for lists only, `'document'` for single documents only; default both. */
  kind?: DocumentsQueryKey[0];
}

/**
 * React-free cache of the documents API: one entry per query key, de-duplicated requests,
 * stale-while-revalidate, refetch on focus/reconnect, gc, invalidation and optimistic deletes.
 * Read it with `subscribe` + `getSnapshot` (the `useSyncExternalStore` contract).
 */
export interface DocumentsStore {
  /** The client every request goes through. */
  readonly client: DocumentsClient;
  /** Watches an entry (created on demand) and fetches it if missing or stale; returns the unsubscribe function. */
  subscribe(key: DocumentsQueryKey, listener: () => void, options?: SubscribeOptions): () => void;
  /** The entry's current snapshot; the same object until it changes. Creates nothing. */
  getSnapshot(key: DocumentsListKey): QuerySnapshot<DocumentPage[]>;
  /** The entry's current snapshot; the same object until it changes. Creates nothing. */
  getSnapshot(key: DocumentKey): QuerySnapshot<Document>;
  /** The entry's current snapshot; the same object until it changes. Creates nothing. */
  getSnapshot(key: DocumentsQueryKey): QuerySnapshot<DocumentPage[]> | QuerySnapshot<Document>;
  /** Fetches the entry if it is missing, failed or stale; joins a request in flight. Never rejects. */
  fetch(key: DocumentsQueryKey): Promise<void>;
  /** Fetches the entry now, fresh or not; joins a request in flight. Never rejects. */
  refetch(key: DocumentsQueryKey): Promise<void>;
  /** Loads the page after the last loaded one of a list; no-op without one or while the list is fetching. */
  fetchNextPage(key: DocumentsListKey): Promise<void>;
  /** Marks entries stale; observed ones refetch now (a request in flight is replaced: it may predate the change). */
  invalidate(filter?: InvalidateFilter): Promise<void>;
  /**
   * Removes a document from every cached list page at once; the returned rollback puts it back in place
   * (same page, same index) in every list it was removed from.
   */
  removeDocumentOptimistically(id: string): () => void;
  /**
   * Deletes a document optimistically: gone from every list at once, back in place if the request fails,
   * then lists refetch. A second call for an id already being deleted returns the same promise (no request).
   * Rejects with `DocumentsError`.
   */
  deleteDocument(id: string): Promise<void>;
  /** Whether a delete of this id is in flight. */
  isDeleting(id: string): boolean;
}

/** One cached query. Plain fields, not a class: the minifier can't shorten member names. */
interface Entry {
  key: DocumentsQueryKey;
  /** Current immutable snapshot; replaced on every change. */
  snap: QuerySnapshot<DocumentPage[] | Document>;
  /** One wrapper per subscription, so the same listener may subscribe twice. */
  subs: Set<() => void>;
  /** Subscriptions with `enabled`; above 0 the entry refetches on invalidate/focus/reconnect. */
  active: number;
  /** Controller of the request in flight. */
  ctl?: AbortController | undefined;
  /** The request in flight; callers share it (de-duplication). */
  run?: Promise<void> | undefined;
  /** Set by `invalidate()`: the next trigger refetches whatever `staleTime` says. */
  stale?: boolean;
  gc?: ReturnType<typeof setTimeout>;
}

/** Offset of the page after the last loaded one, or `undefined` when the server said there is none. */
export function nextPageOffset(pages?: readonly DocumentPage[]): number | undefined {
  const last = pages?.at(-1);
  return last?.hasMore ? last.offset + last.limit : undefined;
}

/** Where the document with this id sits in a list's pages: page index, index within it, the document. */
function findInPages(pages: unknown, id: string): [number, number, Document] | undefined {
  for (const [pageIndex, { documents }] of ((pages ?? []) as DocumentPage[]).entries()) {
    const index = documents.findIndex((document) => document.id === id);
    if (index >= 0) return [pageIndex, index, documents[index] as Document];
  }
  return undefined;
}

const noop = () => {};

/**
 * Creates the cache that the hooks read from; one per client.
 * @example
 * const store = createDocumentsStore(client, { staleTime: 10_000 });
 * const stop = store.subscribe(documentsListKey(), () => render(store.getSnapshot(documentsListKey())));
 */
export function createDocumentsStore(client: DocumentsClient, options: DocumentsStoreOptions = {}): DocumentsStore {
  const { staleTime = 5_000, gcTime = 300_000, refetchOnWindowFocus = true, refetchOnReconnect = true } = options;
  const entries = new Map<string, Entry>();
  const deleting = new Map<string, Promise<void>>();
  let activeEntries = 0;
  let stopListening: (() => void) | undefined;

  const pick = (kind?: DocumentsQueryKey[0]) => [...entries.values()].filter((entry) => !kind || entry.key[0] === kind);

  const set = (entry: Entry, snap: Entry['snap']) => {
    entry.snap = snap;
    entry.subs.forEach((listener) => listener());
  };

  const settle = (entry: Entry, state: Partial<QueryState<unknown>> & { dataUpdatedAt?: number }) => {
    entry.ctl = entry.run = undefined;
    set(entry, { ...entry.snap, ...state, isFetching: false, isFetchingNextPage: false } as Entry['snap']);
  };

  // Goes back to the state before the request: an abort shows no error.
  const cancel = (entry: Entry) => {
    const { ctl } = entry;
    if (ctl) settle(entry, {});
    ctl?.abort();
  };

  const scheduleGc = (entry: Entry) => {
    clearTimeout(entry.gc);
    if (gcTime === Infinity) return;
    entry.gc = setTimeout(() => entry.subs.size || entry.run || entries.delete(hashQueryKey(entry.key)), gcTime);
    // A pending gc must not keep a Node process (SSR, tests) alive.
    (entry.gc as { unref?: () => void }).unref?.();
  };

  const entryOf = (key: DocumentsQueryKey): Entry => {
    const hash = hashQueryKey(key);
    let entry = entries.get(hash);
    if (!entry) {
      entries.set(hash, (entry = { key, snap: PENDING_SNAPSHOT, subs: new Set(), active: 0 }));
      scheduleGc(entry);
    }
    return entry;
  };

  // Pages are filtered when they arrive, so a request older than a delete can't bring the row back.
  const hideDeleting = (page: DocumentPage): DocumentPage => ({
    ...page,
    documents: page.documents.filter((document) => !deleting.has(document.id)),
  });

  /** Starts a request (cancelling one in flight); the promise settles when it does and never rejects. */
  const start = (entry: Entry, job: (signal: AbortSignal) => Promise<DocumentPage[] | Document>, isFetchingNextPage = false) => {
    cancel(entry);
    const ctl = (entry.ctl = new AbortController());
    set(entry, { ...entry.snap, isFetching: true, isFetchingNextPage });
    return (entry.run = job(ctl.signal).then(
      (data) => {
        if (entry.ctl !== ctl) return;
        entry.stale = false;
        settle(entry, { status: 'success', data, error: null, dataUpdatedAt: Date.now() });
      },
      (error: unknown) => entry.ctl === ctl && settle(entry, { status: 'error', error: toDocumentsError(error) }),
    ) as Promise<void>);
  };

  const load = (entry: Entry): Promise<void> => {
    const [kind, params] = entry.key;
    if (kind === 'document') return start(entry, (signal) => client.get(params, { signal }));
    // Reloads as many pages as are loaded, so "load more" survives a refetch.
    const pageCount = (entry.snap.data as DocumentPage[] | undefined)?.length || 1;
    return start(entry, async (signal) => {
      const pages: DocumentPage[] = [];
      let offset: number | undefined = params.offset;
      while (offset !== undefined && pages.length < pageCount) {
        pages.push(hideDeleting(await client.list({ limit: params.limit, offset, signal })));
        offset = nextPageOffset(pages);
      }
      return pages;
    });
  };

  const isStale = ({ stale, snap }: Entry) => stale || snap.status !== 'success' || Date.now() - snap.dataUpdatedAt >= staleTime;
  const fetchEntry = (entry: Entry) => entry.run ?? (isStale(entry) ? load(entry) : Promise.resolve());

  const refetchStaleActive = () => {
    for (const entry of pick()) if (entry.active) void fetchEntry(entry);
  };

  // Window listeners exist only while something is observed, so an idle store holds no global references.
  const listen = () => {
    if (typeof window === 'undefined') return noop;
    const onVisible = () => window.document.visibilityState === 'visible' && refetchStaleActive();
    if (refetchOnWindowFocus) window.document.addEventListener('visibilitychange', onVisible);
    if (refetchOnReconnect) window.addEventListener('online', refetchStaleActive);
    return () => {
      window.document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', refetchStaleActive);
    };
  };

  const setActive = (delta: number) => {
    activeEntries += delta;
    if (activeEntries) stopListening ??= listen();
    else {
      stopListening?.();
      stopListening = undefined;
    }
  };

  const editPage = (entry: Entry, pageIndex: number, edit: (documents: Document[]) => Document[]) =>
    set(entry, {
      ...entry.snap,
      data: (entry.snap.data as DocumentPage[]).map((page, i) => (i === pageIndex ? { ...page, documents: edit(page.documents) } : page)),
    } as Entry['snap']);

  const store: DocumentsStore = {
    client,

    subscribe(key, listener, { enabled = true } = {}) {
      const entry = entryOf(key);
      const sub = () => listener();
      entry.subs.add(sub);
      clearTimeout(entry.gc);
      if (enabled) {
        if (!entry.active++) setActive(1);
        void fetchEntry(entry);
      }
      return () => {
        if (!entry.subs.delete(sub)) return;
        if (enabled && !--entry.active) setActive(-1);
        if (entry.subs.size) return;
        // Deferred so that an immediate re-subscribe (StrictMode, a key flip) keeps the request alive.
        queueMicrotask(() => entry.subs.size || cancel(entry));
        scheduleGc(entry);
      };
    },

    getSnapshot: ((key: DocumentsQueryKey) => entries.get(hashQueryKey(key))?.snap ?? PENDING_SNAPSHOT) as DocumentsStore['getSnapshot'],

    fetch: (key) => fetchEntry(entryOf(key)),

    refetch(key) {
      const entry = entryOf(key);
      return entry.run ?? load(entry);
    },

    fetchNextPage(key) {
      const entry = entryOf(key);
      const offset = nextPageOffset(entry.snap.data as DocumentPage[] | undefined);
      if (entry.run || offset === undefined) return entry.run ?? Promise.resolve();
      return start(
        entry,
        async (signal) => [
          ...((entry.snap.data as DocumentPage[] | undefined) ?? []),
          hideDeleting(await client.list({ limit: key[1].limit, offset, signal })),
        ],
        true,
      );
    },

    invalidate: ({ kind } = {}) =>
      Promise.all(
        pick(kind).map((entry) => {
          entry.stale = true;
          return entry.active && load(entry);
        }),
      ).then(noop),

    removeDocumentOptimistically(id) {
      const rollbacks = pick('documents').map((entry) => {
        const found = findInPages(entry.snap.data, id);
        if (!found) return noop;
        const [pageIndex, index, document] = found;
        // A request that started before the removal would bring the document back.
        cancel(entry);
        editPage(entry, pageIndex, (documents) => documents.toSpliced(index, 1));
        return () => {
          // `toSpliced` clamps the index to the page's end; a page that is gone stays gone.
          if (!findInPages(entry.snap.data, id) && (entry.snap.data as DocumentPage[])[pageIndex]) {
            editPage(entry, pageIndex, (documents) => documents.toSpliced(index, 0, document));
          }
        };
      });
      return () => rollbacks.forEach((rollback) => rollback());
    },

    deleteDocument(id) {
      let promise = deleting.get(id);
      if (!promise) {
        const rollback = store.removeDocumentOptimistically(id);
        const done = () => {
          deleting.delete(id);
          void store.invalidate();
        };
        promise = client.delete(id).then(done, (error: unknown) => {
          rollback();
          done();
          throw toDocumentsError(error);
        });
        deleting.set(id, promise);
      }
      return promise;
    },

    isDeleting: (id) => deleting.has(id),
  };
  return store;
}
