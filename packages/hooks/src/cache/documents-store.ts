import type { DocumentsClient } from '../client/client-types.js';
import type { Document, DocumentPage } from '../client/document.js';
import { findInPages, insertAt, nextPageOffset, removeAt, withoutIds, type PagePosition } from './document-pages.js';
import { QueryEntry, type QueryJob } from './query-entry.js';
import { hashQueryKey, type DocumentKey, type DocumentsListKey, type DocumentsQueryKey } from './query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from './query-snapshot.js';
import { listenForRefetchTriggers } from './listen-for-refetch-triggers.js';
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

type ListEntry = QueryEntry<DocumentPage[]>;
type DocumentEntry = QueryEntry<Document>;

/**
 * React-free cache of the documents API: one entry per query key, de-duplicated requests,
 * stale-while-revalidate, refetch on focus/reconnect, gc, invalidation and optimistic deletes.
 * Read it with `subscribe` + `getSnapshot` (the `useSyncExternalStore` contract).
 */
export class DocumentsStore {
  /** The client every request goes through. */
  readonly client: DocumentsClient;
  private readonly staleTime: number;
  private readonly gcTime: number;
  private readonly refetchOnWindowFocus: boolean;
  private readonly refetchOnReconnect: boolean;
  private readonly lists = new Map<string, { key: DocumentsListKey; entry: ListEntry }>();
  private readonly documents = new Map<string, { key: DocumentKey; entry: DocumentEntry }>();
  private readonly pendingDeletes = new Map<string, Promise<void>>();
  private activeEntries = 0;
  private stopListening: (() => void) | undefined;

  constructor(client: DocumentsClient, options: DocumentsStoreOptions = {}) {
    this.client = client;
    this.staleTime = options.staleTime ?? 5_000;
    this.gcTime = options.gcTime ?? 300_000;
    this.refetchOnWindowFocus = options.refetchOnWindowFocus ?? true;
    this.refetchOnReconnect = options.refetchOnReconnect ?? true;
  }

  /** Watches an entry (created on demand) and fetches it if missing or stale; returns the unsubscribe function. */
  subscribe(key: DocumentsQueryKey, listener: () => void, options: SubscribeOptions = {}): () => void {
    const enabled = options.enabled ?? true;
    const unsubscribe = this.entry(key).subscribe(listener, enabled);
    if (enabled) void this.fetch(key);
    return unsubscribe;
  }

  /** The entry's current snapshot; the same object until it changes. Creates nothing. */
  getSnapshot(key: DocumentsListKey): QuerySnapshot<DocumentPage[]>;
  getSnapshot(key: DocumentKey): QuerySnapshot<Document>;
  getSnapshot(key: DocumentsQueryKey): QuerySnapshot<DocumentPage[]> | QuerySnapshot<Document>;
  getSnapshot(key: DocumentsQueryKey): QuerySnapshot<DocumentPage[]> | QuerySnapshot<Document> {
    return this.find(key)?.snapshot ?? PENDING_SNAPSHOT;
  }

  /** Fetches the entry if it is missing, failed or stale; joins a request in flight. Never rejects. */
  fetch(key: DocumentsQueryKey): Promise<void> {
    const entry = this.entry(key);
    if (entry.inFlight) return entry.inFlight;
    if (!entry.isStale(this.staleTime)) return Promise.resolve();
    return this.start(key);
  }

  /** Fetches the entry now, fresh or not; joins a request in flight. Never rejects. */
  refetch(key: DocumentsQueryKey): Promise<void> {
    return this.entry(key).inFlight ?? this.start(key);
  }

  /** Loads the page after the last loaded one of a list; no-op without one or while the list is fetching. */
  fetchNextPage(key: DocumentsListKey): Promise<void> {
    const entry = this.entry(key);
    const pages = entry.snapshot.data;
    const offset = pages && nextPageOffset(pages);
    if (entry.inFlight || offset === undefined) return entry.inFlight ?? Promise.resolve();
    const { limit } = key[1];
    return entry.start(async (signal) => {
      const page = await this.client.list({ limit, offset, signal });
      return [...(entry.snapshot.data ?? []), withoutIds(page, this.deletingIds())];
    }, true);
  }

  /** Marks entries stale; observed ones refetch now (a request in flight is replaced: it may predate the change). */
  invalidate(filter: InvalidateFilter = {}): Promise<void> {
    const keys: DocumentsQueryKey[] = [];
    if (filter.kind !== 'document') for (const { key } of this.lists.values()) keys.push(key);
    if (filter.kind !== 'documents') for (const { key } of this.documents.values()) keys.push(key);
    const refetches = keys.map((key) => {
      const entry = this.entry(key);
      entry.invalidated = true;
      return entry.isActive ? this.start(key) : undefined;
    });
    return Promise.all(refetches).then(() => undefined);
  }

  /**
   * Removes a document from every cached list page at once; the returned rollback puts it back in place
   * (same page, same index) in every list it was removed from.
   */
  removeDocumentOptimistically(id: string): () => void {
    const removed: Array<{ entry: ListEntry; position: PagePosition; document: Document }> = [];
    for (const { entry } of this.lists.values()) {
      const pages = entry.snapshot.data;
      const position = pages && findInPages(pages, id);
      const document = position && pages[position.pageIndex]?.documents[position.index];
      if (!pages || !position || !document) continue;
      // A request that started before the removal would bring the document back.
      entry.cancel();
      entry.setData(removeAt(pages, position));
      removed.push({ entry, position, document });
    }
    return () => {
      for (const { entry, position, document } of removed) {
        const pages = entry.snapshot.data;
        if (pages && !findInPages(pages, id)) entry.setData(insertAt(pages, position, document));
      }
    };
  }

  /**
   * Deletes a document optimistically: gone from every list at once, back in place if the request fails,
   * then lists refetch. A second call for an id already being deleted returns the same promise (no request).
   * Rejects with `DocumentsError`.
   */
  deleteDocument(id: string): Promise<void> {
    const pending = this.pendingDeletes.get(id);
    if (pending) return pending;
    const rollback = this.removeDocumentOptimistically(id);
    const settle = () => {
      this.pendingDeletes.delete(id);
      void this.invalidate();
    };
    const promise = this.client.delete(id).then(settle, (error: unknown) => {
      rollback();
      settle();
      throw toDocumentsError(error);
    });
    this.pendingDeletes.set(id, promise);
    return promise;
  }

  /** Whether a delete of this id is in flight. */
  isDeleting(id: string): boolean {
    return this.pendingDeletes.has(id);
  }

  private start(key: DocumentsQueryKey): Promise<void> {
    if (key[0] === 'document') {
      const id = key[1];
      return this.entry(key).start((signal) => this.client.get(id, { signal }));
    }
    const entry = this.entry(key);
    return entry.start(this.listJob(key, entry.snapshot.data?.length ?? 1));
  }

  /** Reloads as many pages as are loaded, so "load more" survives a refetch. */
  private listJob(key: DocumentsListKey, pageCount: number): QueryJob<DocumentPage[]> {
    const { limit, offset: firstOffset } = key[1];
    return async (signal) => {
      const pages: DocumentPage[] = [];
      let offset: number | undefined = firstOffset;
      while (offset !== undefined && pages.length < Math.max(1, pageCount)) {
        pages.push(withoutIds(await this.client.list({ limit, offset, signal }), this.deletingIds()));
        offset = nextPageOffset(pages);
      }
      return pages;
    };
  }

  private deletingIds(): ReadonlySet<string> {
    return new Set(this.pendingDeletes.keys());
  }

  private find(key: DocumentsQueryKey): ListEntry | DocumentEntry | undefined {
    const hash = hashQueryKey(key);
    return key[0] === 'documents' ? this.lists.get(hash)?.entry : this.documents.get(hash)?.entry;
  }

  private entry(key: DocumentsListKey): ListEntry;
  private entry(key: DocumentKey): DocumentEntry;
  private entry(key: DocumentsQueryKey): ListEntry | DocumentEntry;
  private entry(key: DocumentsQueryKey): ListEntry | DocumentEntry {
    const existing = this.find(key);
    if (existing) return existing;
    const hash = hashQueryKey(key);
    const hooks = {
      gcTime: this.gcTime,
      onGc: () => (key[0] === 'documents' ? this.lists.delete(hash) : this.documents.delete(hash)),
      onActiveChange: (delta: 1 | -1) => this.onActiveChange(delta),
    };
    if (key[0] === 'documents') {
      const entry: ListEntry = new QueryEntry(hooks);
      this.lists.set(hash, { key, entry });
      return entry;
    }
    const entry: DocumentEntry = new QueryEntry(hooks);
    this.documents.set(hash, { key, entry });
    return entry;
  }

  /** Window listeners exist only while something is observed, so an idle store holds no global references. */
  private onActiveChange(delta: 1 | -1): void {
    this.activeEntries += delta;
    if (this.activeEntries > 0 && !this.stopListening) {
      this.stopListening = listenForRefetchTriggers({
        onFocus: this.refetchOnWindowFocus ? () => this.refetchStaleActive() : undefined,
        onReconnect: this.refetchOnReconnect ? () => this.refetchStaleActive() : undefined,
      });
    } else if (this.activeEntries === 0 && this.stopListening) {
      this.stopListening();
      this.stopListening = undefined;
    }
  }

  private refetchStaleActive(): void {
    const keys = [...this.lists.values(), ...this.documents.values()].map(({ key }) => key);
    for (const key of keys) {
      const entry = this.entry(key);
      if (entry.isActive) void this.fetch(key);
    }
  }
}

/**
 * Creates the cache that the hooks read from; one per client.
 * @example
 * const store = createDocumentsStore(client, { staleTime: 10_000 });
 * const stop = store.subscribe(documentsListKey(), () => render(store.getSnapshot(documentsListKey())));
 */
export function createDocumentsStore(client: DocumentsClient, options?: DocumentsStoreOptions): DocumentsStore {
  return new DocumentsStore(client, options);
}
