'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Document, DocumentPage } from '../client/document.js';
import type { DocumentsError } from '../client/documents-error.js';
import { flattenPages, nextPageOffset } from '../cache/document-pages.js';
import { DEFAULT_LIST_LIMIT, documentsListKey } from '../cache/query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from '../cache/query-snapshot.js';
import { useDocumentsContext } from './documents-context.js';

/** Options of {@link useDocuments}. */
export interface UseDocumentsOptions {
  /** Page size. Default 10. */
  limit?: number;
  /** Offset of the first page. Default 0. */
  offset?: number;
  /** `false` reads the cache without fetching. Default `true`. */
  enabled?: boolean;
}

/** What {@link useDocuments} returns besides its status. */
export interface UseDocumentsControls {
  /** A request for this list is in flight (first load, background refetch or next page). */
  isFetching: boolean;
  /** The in-flight request is a "load more". */
  isFetchingNextPage: boolean;
  /** The server said more documents follow the loaded pages. */
  hasNextPage: boolean;
  /** Total number of documents, when the server reports it. */
  total: number | undefined;
  /** Reloads every loaded page; never rejects (errors land in the state). */
  refetch: () => Promise<void>;
  /** Loads the next page and appends it; never rejects. */
  fetchNextPage: () => Promise<void>;
}

/** The current user's documents, as a union on `status`. */
export type UseDocumentsResult = UseDocumentsControls &
  (
    | {
        /** First load not finished. */
        status: 'pending';
        /** Nothing loaded yet. */
        documents: undefined;
        /** Nothing loaded yet. */
        pages: undefined;
        /** No error. */
        error: null;
      }
    | {
        /** The last request failed. */
        status: 'error';
        /** Documents of an earlier success, if any. */
        documents: Document[] | undefined;
        /** Pages of an earlier success, if any. */
        pages: DocumentPage[] | undefined;
        /** Why it failed. */
        error: DocumentsError;
      }
    | {
        /** Loaded. */
        status: 'success';
        /** Every loaded document, in server order. */
        documents: Document[];
        /** The loaded pages. */
        pages: DocumentPage[];
        /** No error. */
        error: null;
      }
  );

const getServerSnapshot = () => PENDING_SNAPSHOT;

/**
 * Lists the current user's documents from the shared cache, with "load more".
 * @example
 * const list = useDocuments({ limit: 20 });
 * if (list.status === 'pending') return <Spinner />;
 * if (list.status === 'error') return <Alert>{list.error.message}</Alert>;
 * return <Table rows={list.documents} />;
 */
export function useDocuments(options: UseDocumentsOptions = {}): UseDocumentsResult {
  const { store } = useDocumentsContext('useDocuments');
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  const offset = options.offset ?? 0;
  const enabled = options.enabled ?? true;
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(documentsListKey({ limit, offset }), listener, { enabled }),
    [store, limit, offset, enabled],
  );
  const getSnapshot = useCallback(() => store.getSnapshot(documentsListKey({ limit, offset })), [store, limit, offset]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const refetch = useCallback(() => store.refetch(documentsListKey({ limit, offset })), [store, limit, offset]);
  const fetchNextPage = useCallback(() => store.fetchNextPage(documentsListKey({ limit, offset })), [store, limit, offset]);
  return useMemo(() => toResult(snapshot, refetch, fetchNextPage), [snapshot, refetch, fetchNextPage]);
}

function toResult(
  snapshot: QuerySnapshot<DocumentPage[]>,
  refetch: () => Promise<void>,
  fetchNextPage: () => Promise<void>,
): UseDocumentsResult {
  const pages = snapshot.data;
  const controls: UseDocumentsControls = {
    isFetching: snapshot.isFetching,
    isFetchingNextPage: snapshot.isFetchingNextPage,
    hasNextPage: pages !== undefined && nextPageOffset(pages) !== undefined,
    total: pages?.at(-1)?.total,
    refetch,
    fetchNextPage,
  };
  switch (snapshot.status) {
    case 'pending':
      return { ...controls, status: 'pending', documents: undefined, pages: undefined, error: null };
    case 'error':
      return { ...controls, status: 'error', documents: snapshot.data && flattenPages(snapshot.data), pages: snapshot.data, error: snapshot.error };
    case 'success':
      return { ...controls, status: 'success', documents: flattenPages(snapshot.data), pages: snapshot.data, error: null };
    default:
      return snapshot satisfies never;
  }
}
