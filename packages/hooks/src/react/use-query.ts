'use client';
import { useMemo, useSyncExternalStore } from 'react';
import type { DocumentsListKey, DocumentsQueryKey } from '../cache/query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from '../cache/query-snapshot.js';
import { useDocumentsContext } from './documents-provider.js';

/** The actions of a query, stable while its key, store and `enabled` are. */
export interface QueryActions {
  /** Reloads the entry; never rejects. */
  refetch: () => Promise<void>;
  /** Loads a list's next page; never rejects. */
  fetchNextPage: () => Promise<void>;
}

const getServerSnapshot = () => PENDING_SNAPSHOT;

/**
 * What `useDocuments` and `useDocument` share: reads `key` from the provider's store and builds the result
 * (status, error, isFetching, refetch, plus what `extend` adds) once per snapshot.
 * `key` must keep its identity while it means the same query (memoize it).
 */
export function useQuery<TData, TResult>(
  hookName: string,
  key: DocumentsQueryKey,
  enabled: boolean,
  extend: (snapshot: QuerySnapshot<TData>, actions: QueryActions) => object,
): TResult {
  const { store } = useDocumentsContext(hookName);
  const query = useMemo(
    () => ({
      subscribe: (listener: () => void) => store.subscribe(key, listener, { enabled }),
      getSnapshot: () => store.getSnapshot(key) as QuerySnapshot<TData>,
      refetch: () => store.refetch(key),
      fetchNextPage: () => store.fetchNextPage(key as DocumentsListKey),
    }),
    [store, key, enabled],
  );
  const snapshot = useSyncExternalStore(query.subscribe, query.getSnapshot, getServerSnapshot);
  return useMemo(
    () => ({ status: snapshot.status, error: snapshot.error, isFetching: snapshot.isFetching, refetch: query.refetch, ...extend(snapshot, query) }) as TResult,
    [snapshot, query, extend],
  );
}
