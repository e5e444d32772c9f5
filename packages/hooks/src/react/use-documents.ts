'use client';
import { useMemo } from 'react';
import type { Document, DocumentPage } from '../client/document.js';
import type { DocumentsError } from '../client/documents-error.js';
import { nextPageOffset } from '../cache/documents-store.js';
import { documentsListKey } from '../cache/query-key.js';
import type { QuerySnapshot } from '../cache/query-snapshot.js';
import { useQuery, type QueryActions } from './use-query.js';

/** Options of {@link useDocuments}. */
export interface UseDocumentsOptions {
  /** Page size. Default 10. */
  limit?: number | undefined;
  /** Offset of the first page. Default 0. */
  offset?: number | undefined;
  /** `false` reads the cache without fetching. Default `true`. */
  enabled?: boolean | undefined;
}

/** What {@link useDocuments} returns besides its status. */
export interface UseDocumentsControls {
  /** A request for this list is in flight (first load, background refetch or next page). */
  isFetching: boolean;
  /** The in-flight request is a "load more". */
  isFetchingNextPage: boolean;
  /**
   * `status` is `'error'` because a "load more" failed: the loaded documents are current and the next page is missing
   * (say so, and offer `fetchNextPage` again), unlike a failed refetch, whose documents may be out of date.
   */
  isFetchNextPageError: boolean;
  /** The server said more documents follow the loaded pages. */
  hasNextPage: boolean;
  /** Total number of documents, when the server reports it. */
  total: number | undefined;
  /** Reloads every loaded page; never rejects (errors land in the state). */
  refetch: () => Promise<void>;
  /**
   * Loads the next page and appends it (documents already listed, which a shift of offsets brings again, are left
   * out); called during a refetch, the refetch includes it. Never rejects: a failure is `isFetchNextPageError`.
   */
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
        /** Documents of an earlier success, if any; none after `UNAUTHORIZED` (what the ended session fetched goes). */
        documents: Document[] | undefined;
        /** Pages of an earlier success, if any; none after `UNAUTHORIZED`. */
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

// One flat array per loaded `pages`: `documents` keeps its identity while the data does (a refetch starting, "load
// more" pending), so that memos and effects keyed on it run only when the documents change.
const flattened = new WeakMap<DocumentPage[], Document[]>();
const documentsOf = (pages: DocumentPage[]) => {
  let documents = flattened.get(pages);
  if (!documents) flattened.set(pages, (documents = pages.flatMap((page) => page.documents)));
  return documents;
};

const toResult = (snapshot: QuerySnapshot<DocumentPage[]>, { fetchNextPage }: QueryActions) => {
  const pages = snapshot.data;
  return {
    isFetchingNextPage: snapshot.isFetchingNextPage,
    isFetchNextPageError: snapshot.isFetchNextPageError,
    hasNextPage: nextPageOffset(pages) !== undefined,
    total: pages?.at(-1)?.total,
    fetchNextPage,
    documents: pages && documentsOf(pages),
    pages,
  };
};

/**
 * Lists the current user's documents from the shared cache, with "load more".
 * @example
 * const list = useDocuments({ limit: 20 });
 * if (list.status === 'pending') return <Spinner />;
 * if (list.status === 'error') return <Alert>{list.error.message}</Alert>;
 * return <Table rows={list.documents} />;
 */
export function useDocuments({ limit, offset, enabled = true }: UseDocumentsOptions = {}): UseDocumentsResult {
  const key = useMemo(() => documentsListKey({ limit, offset }), [limit, offset]);
  return useQuery('useDocuments', key, enabled, toResult);
}
