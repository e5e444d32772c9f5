import type { DocumentsClient } from '../client/client-types.js';
import type { Document, DocumentPage } from '../client/document.js';
import { hashQueryKey, type DocumentKey, type ListParams, type DocumentsListKey, type DocumentsQueryKey } from './query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from './query-snapshot.js';
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

/** How `deleteDocument` deletes. */
export interface DeleteOptions {
  /** Remove the document from every list before the server answers (back in place if it fails). Default `true`. */
  optimistic?: boolean;
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
  /**
   * Loads the page after the last loaded one of a list; no-op without one, or while a next page is loading. During a
   * refetch, that refetch starts again with one more page, so the request is never lost.
   */
  fetchNextPage(key: DocumentsListKey): Promise<void>;
  /** Marks entries stale; observed ones, and any with a request in flight, refetch now (that request may predate the change). */
  invalidate(filter?: InvalidateFilter): Promise<void>;
  /**
   * Removes a document from every cached list page at once; the returned rollback puts it back in place
   * (same page, same index) in every list it was removed from.
   */
  removeDocumentOptimistically(id: string): () => void;
  /**
   * Deletes a document optimistically: gone from every list at once, back in place if the request fails,
   * then lists refetch. With `{ optimistic: false }` it stays listed until the server has deleted it (for a
   * confirmation that lives in the document's own row). A second call for an id already being deleted returns the
   * same promise (no request). Rejects with `DocumentsError`.
   */
  deleteDocument(id: string, options?: DeleteOptions): Promise<void>;
  /** Whether a delete of this id is in flight. */
  isDeleting(id: string): boolean;
}

/** One cached query. Short plain fields, not a class: a minifier can't shorten member names. */
interface Entry {
  /** The query key. */
  k: DocumentsQueryKey;
  /** Current immutable snapshot; replaced on every change. */
  s: QuerySnapshot<DocumentPage[] | Document>;
  /** Listeners, one wrapper per subscription, so the same listener may subscribe twice. */
  l: Set<() => void>;
  /** Subscriptions with `enabled`; above 0 the entry refetches on invalidate/focus/reconnect. */
  a: number;
  /** Controller of the request in flight. */
  c?: AbortController | undefined;
  /** The request in flight; callers share it (de-duplication). */
  p?: Promise<void> | undefined;
  /** Set by `invalidate()`: the next trigger refetches whatever `staleTime` says. */
  i?: boolean;
  /** The gc timer. */
  t?: ReturnType<typeof setTimeout>;
}

type Job = (signal: AbortSignal) => Promise<DocumentPage[] | Document>;

/** Offset of the page after the last loaded one, or `undefined` when the server said there is none. */
export function nextPageOffset(pages?: readonly DocumentPage[]): number | undefined {
  const last = pages?.at(-1);
  return last?.hasMore ? last.offset + last.limit : undefined;
}

const noop = () => {};
const RESOLVED = Promise.resolve();
const pagesOf = ({ s }: Entry) => (s.data ?? []) as DocumentPage[];

/** Where the document with this id sits in a list entry: page index, index within it, the document. */
const find = (entry: Entry, id: string): [number, number, Document] | undefined => {
  for (const [pageIndex, { documents }] of pagesOf(entry).entries()) {
    const index = documents.findIndex((document) => document.id === id);
    if (index >= 0) return [pageIndex, index, documents[index] as Document];
  }
  return undefined;
};

/**
 * Creates the cache that the hooks read from; one per client.
 * @example
 * const store = createDocumentsStore(client, { staleTime: 10_000 });
 * const stop = store.subscribe(documentsListKey(), () => render(store.getSnapshot(documentsListKey())));
 */
export function createDocumentsStore(
  client: DocumentsClient,
  { staleTime = 5_000, gcTime = 300_000, refetchOnWindowFocus = true, refetchOnReconnect = true }: DocumentsStoreOptions = {},
): DocumentsStore {
  const entries = new Map<string, Entry>();
  const deleting = new Map<string, Promise<void>>();
  // Ids removed from the lists before the server answered: hidden from pages that arrive meanwhile. A delete that
  // is not optimistic keeps its document listed until the server has deleted it, whatever refetches in between.
  const hidden = new Set<string>();
  let observed = 0;
  let listening: AbortController | undefined;

  const all = (kind?: DocumentsQueryKey[0]) => [...entries.values()].filter((entry) => !kind || entry.k[0] === kind);

  const set = (entry: Entry, snapshot: object) => {
    entry.s = snapshot as Entry['s'];
    entry.l.forEach((listener) => listener());
  };

  const settle = (entry: Entry, state: object) => {
    entry.c = entry.p = undefined;
    set(entry, { ...entry.s, ...state, isFetching: false, isFetchingNextPage: false });
  };

  // Back to the state before the request: an abort shows no error.
  const cancel = (entry: Entry) => {
    const { c } = entry;
    if (c) settle(entry, {});
    c?.abort();
  };

  const scheduleGc = (entry: Entry) => {
    clearTimeout(entry.t);
    if (gcTime === Infinity) return;
    // An entry still fetching is looked at again later: it may lose its last use while the request runs.
    entry.t = setTimeout(() => entry.l.size || (entry.p ? scheduleGc(entry) : entries.delete(hashQueryKey(entry.k))), gcTime);
    // A pending gc must not keep a Node process (SSR, tests) alive.
    (entry.t as { unref?: () => void }).unref?.();
  };

  const entryOf = (k: DocumentsQueryKey): Entry => {
    const hash = hashQueryKey(k);
    let entry = entries.get(hash);
    if (!entry) {
      entries.set(hash, (entry = { k, s: PENDING_SNAPSHOT, l: new Set(), a: 0 }));
      scheduleGc(entry);
    }
    return entry;
  };

  /** Starts a request (cancelling one in flight); the promise settles when it does and never rejects. */
  const start = (entry: Entry, job: Job, isFetchingNextPage = false): Promise<void> => {
    cancel(entry);
    const c = (entry.c = new AbortController());
    set(entry, { ...entry.s, isFetching: true, isFetchingNextPage });
    return (entry.p = job(c.signal).then(
      (data) => {
        if (entry.c !== c) return;
        entry.i = false;
        settle(entry, { status: 'success', data, error: null, dataUpdatedAt: Date.now(), isFetchNextPageError: false });
      },
      (reason: unknown) => {
        const error = toDocumentsError(reason);
        // Signed out (the client's refresh did not help): what the last token fetched goes, so a shared screen left
        // open does not keep showing someone's documents after their session ended.
        const gone = error.code === 'UNAUTHORIZED';
        if (entry.c === c) settle(entry, { status: 'error', error, isFetchNextPageError: isFetchingNextPage && !gone, ...(gone && { data: undefined }) });
      },
    ));
  };

  /** Loads list pages from `offset` after `pages` until there are `count` (or no more). */
  const loadPages = (entry: Entry, pages: DocumentPage[], offset: number | undefined, count: number, isFetchingNextPage?: boolean) =>
    start(
      entry,
      async (signal) => {
        for (pages = [...pages]; offset !== undefined && pages.length < count; offset = nextPageOffset(pages)) {
          const page = await client.list({ limit: (entry.k[1] as ListParams).limit, offset, signal });
          // Offsets shift when documents come or go between two pages: one already listed may come again. Ids removed
          // optimistically are left out too, so that a request older than the removal can't bring the row back.
          const skip = new Set([...hidden, ...pages.flatMap(({ documents }) => documents.map(({ id }) => id))]);
          pages.push({ ...page, documents: page.documents.filter(({ id }) => !skip.has(id)) });
        }
        return pages;
      },
      isFetchingNextPage,
    );

  /** Reloads an entry: as many pages as are loaded, and one more with `more` (a "load more" that must survive it). */
  const load = (entry: Entry, more = entry.s.isFetchingNextPage): Promise<void> => {
    const [kind, params] = entry.k;
    return kind === 'document'
      ? start(entry, (signal) => client.get(params, { signal }))
      : loadPages(entry, [], params.offset, pagesOf(entry).length + +more || 1, more);
  };

  /** Joins the request in flight, else loads when `force`d or stale. */
  const fetchEntry = (entry: Entry, force?: boolean) => {
    const { s } = entry;
    return entry.p ?? (force || entry.i || s.status !== 'success' || Date.now() - s.dataUpdatedAt >= staleTime ? load(entry) : RESOLVED);
  };

  const refetchStaleObserved = () => all().forEach((entry) => entry.a && fetchEntry(entry));

  // Window listeners exist only while something is observed, so an idle store holds no global references.
  const observe = (delta: number) => {
    observed += delta;
    if (observed && !listening && typeof window !== 'undefined') {
      listening = new AbortController();
      const options = { signal: listening.signal };
      if (refetchOnWindowFocus) document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && refetchStaleObserved(), options);
      if (refetchOnReconnect) window.addEventListener('online', refetchStaleObserved, options);
    }
    if (!observed) listening = void listening?.abort();
  };

  const splice = (entry: Entry, pageIndex: number, ...args: [number, number, ...Document[]]) =>
    set(entry, {
      ...entry.s,
      data: pagesOf(entry).map((page, i) => (i === pageIndex ? { ...page, documents: page.documents.toSpliced(...args) } : page)),
    });

  const store: DocumentsStore = {
    client,

    subscribe(key, listener, { enabled = true } = {}) {
      const entry = entryOf(key);
      const sub = () => listener();
      entry.l.add(sub);
      clearTimeout(entry.t);
      if (enabled) {
        entry.a++;
        observe(1);
        void fetchEntry(entry);
      }
      return () => {
        if (!entry.l.delete(sub)) return;
        if (enabled) {
          entry.a--;
          observe(-1);
        }
        if (entry.l.size) return;
        // Deferred so that an immediate re-subscribe (StrictMode, a key flip) keeps the request alive.
        queueMicrotask(() => entry.l.size || cancel(entry));
        scheduleGc(entry);
      };
    },

    getSnapshot: ((key: DocumentsQueryKey) => entries.get(hashQueryKey(key))?.s ?? PENDING_SNAPSHOT) as DocumentsStore['getSnapshot'],

    fetch: (key) => fetchEntry(entryOf(key)),

    refetch: (key) => fetchEntry(entryOf(key), true),

    fetchNextPage(key) {
      const entry = entryOf(key);
      const pages = pagesOf(entry);
      const offset = nextPageOffset(pages);
      const busy = entry.p;
      // A refetch in flight (after an upload, a delete, focus) would drop the request: it starts again from the first
      // page, one page longer. So does a removal from the list while the page loads (see removeDocumentOptimistically).
      if (offset === undefined || entry.s.isFetchingNextPage) return busy ?? RESOLVED;
      return busy ? load(entry, true) : loadPages(entry, pages, offset, pages.length + 1, true);
    },

    invalidate: ({ kind } = {}) =>
      Promise.all(
        all(kind).map((entry) => {
          entry.i = true;
          // A request in flight may predate the change: replaced, even for an entry nobody watches (a prefetch).
          return (entry.a || entry.p) && load(entry);
        }),
      ).then(noop),

    removeDocumentOptimistically(id) {
      const rollbacks = all('documents').map((entry) => {
        const found = find(entry, id);
        if (!found) return noop;
        const [pageIndex, index, document] = found;
        const more = entry.s.isFetchingNextPage;
        // A request that started before the removal would bring the document back; a "load more" under way goes again.
        cancel(entry);
        splice(entry, pageIndex, index, 1);
        if (more) void load(entry, true);
        // `toSpliced` clamps the index to the page's end; a page that is gone stays gone.
        return () => find(entry, id) || !pagesOf(entry)[pageIndex] || splice(entry, pageIndex, index, 0, document);
      });
      return () => rollbacks.forEach((rollback) => rollback());
    },

    deleteDocument(id, { optimistic = true } = {}) {
      let promise = deleting.get(id);
      if (!promise) {
        const rollback = optimistic ? (hidden.add(id), store.removeDocumentOptimistically(id)) : noop;
        const done = () => {
          deleting.delete(id);
          hidden.delete(id);
          void store.invalidate();
        };
        promise = client.delete(id).then(() => {
          if (!optimistic) store.removeDocumentOptimistically(id);
          done();
        }, (error: unknown) => {
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
