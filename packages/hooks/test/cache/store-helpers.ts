import { vi } from 'vitest';
import { createDocumentsStore, type DocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey, type DocumentsListKey, type DocumentsQueryKey } from '../../src/cache/query-key.js';
import { createTestClient } from './fake-documents-server.js';

/** Subscribes and resolves once the entry settled (success or error) after the subscription's fetch. */
export async function subscribeAndSettle(store: DocumentsStore, key: DocumentsQueryKey): Promise<() => void> {
  const unsubscribe = store.subscribe(key, () => {});
  await vi.waitFor(() => {
    const snapshot = store.getSnapshot(key);
    if (snapshot.isFetching || snapshot.status === 'pending') throw new Error('still loading');
  });
  return unsubscribe;
}

/** Ids of every loaded document of a list entry, in order. */
export function listedIds(store: DocumentsStore, key: Extract<DocumentsQueryKey, readonly ['documents', unknown]>): string[] | undefined {
  return store.getSnapshot(key).data?.flatMap((page) => page.documents.map((document) => document.id));
}

/** A store over a client of the fake, with the first page of a list of `limit` loaded and watched. */
export async function storeWithLoadedList(limit = 2): Promise<{ store: DocumentsStore; key: DocumentsListKey }> {
  const store = createDocumentsStore(createTestClient());
  const key = documentsListKey({ limit });
  await subscribeAndSettle(store, key);
  return { store, key };
}
