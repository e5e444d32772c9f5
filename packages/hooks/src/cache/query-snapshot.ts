import type { DocumentsError } from '../client/documents-error.js';

/** What a query knows, as a union on `status`. */
export type QueryState<TData> =
  | {
      /** Nothing loaded yet. */
      status: 'pending';
      /** No data yet. */
      data: undefined;
      /** No error yet. */
      error: null;
    }
  | {
      /** The last fetch failed. */
      status: 'error';
      /** Data of an earlier successful fetch, if any; none after `UNAUTHORIZED` (what the ended session fetched goes). */
      data: TData | undefined;
      /** Why the last fetch failed. */
      error: DocumentsError;
    }
  | {
      /** The last fetch succeeded. */
      status: 'success';
      /** The fetched data. */
      data: TData;
      /** No error. */
      error: null;
    };

/** The immutable state of one cache entry; a new object on every change, the same one otherwise. */
export type QuerySnapshot<TData> = QueryState<TData> & {
  /** A request for this entry is in flight (first load, refetch or next page). */
  isFetching: boolean;
  /** The in-flight request is a "load more" (lists only). */
  isFetchingNextPage: boolean;
  /** The last request, failed, was a "load more" (lists only): the loaded pages are current, the next one is missing. */
  isFetchNextPageError: boolean;
  /** `Date.now()` of the last successful fetch; `0` when there was none. */
  dataUpdatedAt: number;
};

/** The snapshot of an entry nobody has fetched yet; shared, so its identity is stable (also the SSR snapshot). */
export const PENDING_SNAPSHOT: QuerySnapshot<never> = Object.freeze({
  status: 'pending',
  data: undefined,
  error: null,
  isFetching: false,
  isFetchingNextPage: false,
  isFetchNextPageError: false,
  dataUpdatedAt: 0,
});
