import { vi } from 'vitest';
import type { DocumentsStore } from '../../src/cache/documents-store.js';
import type { DocumentsQueryKey } from '../../src/cache/query-key.js';

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
