'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Document } from '../client/document.js';
import type { DocumentsError } from '../client/documents-error.js';
import { documentKey } from '../cache/query-key.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from '../cache/query-snapshot.js';
import { useDocumentsContext } from './documents-context.js';

/** Options of {@link useDocument}. */
export interface UseDocumentOptions {
  /** `false` reads the cache without fetching. Default `true`. */
  enabled?: boolean;
}

/** What {@link useDocument} returns besides its status. */
export interface UseDocumentControls {
  /** A request for this document is in flight. */
  isFetching: boolean;
  /** Reloads the document; never rejects (errors land in the state). */
  refetch: () => Promise<void>;
}

/** One document, as a union on `status`. */
export type UseDocumentResult = UseDocumentControls &
  (
    | {
        /** First load not finished. */
        status: 'pending';
        /** Nothing loaded yet. */
        document: undefined;
        /** No error. */
        error: null;
      }
    | {
        /** The last request failed (`NOT_FOUND` once deleted). */
        status: 'error';
        /** The document from an earlier success, if any. */
        document: Document | undefined;
        /** Why it failed. */
        error: DocumentsError;
      }
    | {
        /** Loaded. */
        status: 'success';
        /** The document. */
        document: Document;
        /** No error. */
        error: null;
      }
  );

const getServerSnapshot = () => PENDING_SNAPSHOT;

/**
 * One document by id from the shared cache.
 * @example
 * const { status, document } = useDocument(id);
 * return status === 'success' ? <DocumentCard document={document} /> : null;
 */
export function useDocument(id: string, options: UseDocumentOptions = {}): UseDocumentResult {
  const { store } = useDocumentsContext('useDocument');
  const enabled = options.enabled ?? true;
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(documentKey(id), listener, { enabled }),
    [store, id, enabled],
  );
  const getSnapshot = useCallback(() => store.getSnapshot(documentKey(id)), [store, id]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const refetch = useCallback(() => store.refetch(documentKey(id)), [store, id]);
  return useMemo(() => toResult(snapshot, refetch), [snapshot, refetch]);
}

function toResult(snapshot: QuerySnapshot<Document>, refetch: () => Promise<void>): UseDocumentResult {
  const controls: UseDocumentControls = { isFetching: snapshot.isFetching, refetch };
  switch (snapshot.status) {
    case 'pending':
      return { ...controls, status: 'pending', document: undefined, error: null };
    case 'error':
      return { ...controls, status: 'error', document: snapshot.data, error: snapshot.error };
    case 'success':
      return { ...controls, status: 'success', document: snapshot.data, error: null };
    default:
      return snapshot satisfies never;
  }
}
