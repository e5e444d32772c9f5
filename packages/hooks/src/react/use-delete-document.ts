'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { createDeleteMutation, type DeleteMutationCallbacks, type DeleteState } from '../cache/delete-mutation.js';
import { useDocumentsContext } from './documents-context.js';
import { useLatest } from './use-latest.js';

/** Options of {@link useDeleteDocument}; read when a delete settles, so they may change between renders. */
export type UseDeleteDocumentOptions = DeleteMutationCallbacks;

/** What {@link useDeleteDocument} returns: the state of the latest delete plus actions. */
export type UseDeleteDocumentResult = DeleteState & {
  /** Deletes a document optimistically; never rejects (the error is in the state). */
  deleteDocument: (id: string) => void;
  /** Deletes a document optimistically; rejects with `DocumentsError`. Repeated calls for an id in flight share one request. */
  deleteDocumentAsync: (id: string) => Promise<void>;
  /** Back to `'idle'`. */
  reset: () => void;
  /** Whether this hook is deleting the document with this id. */
  isDeleting: (id: string) => boolean;
};

/**
 * Deletes documents: gone from every cached list at once, back in place if the server refuses, lists refetched after.
 * @example
 * const { deleteDocument, isDeleting } = useDeleteDocument({ onError: (error) => toast(error.message) });
 * <button disabled={isDeleting(doc.id)} onClick={() => deleteDocument(doc.id)}>Delete</button>
 */
export function useDeleteDocument(options: UseDeleteDocumentOptions = {}): UseDeleteDocumentResult {
  const { store } = useDocumentsContext('useDeleteDocument');
  const callbacks = useLatest(options);
  const mutation = useMemo(() => createDeleteMutation(store, callbacks), [store, callbacks]);
  const snapshot = useSyncExternalStore(mutation.subscribe, mutation.getSnapshot, mutation.getSnapshot);
  return useMemo(() => {
    const { deletingIds, ...state } = snapshot;
    const isDeleting = (id: string) => deletingIds.has(id);
    return { ...state, deleteDocument: mutation.mutate, deleteDocumentAsync: mutation.mutateAsync, reset: mutation.reset, isDeleting };
  }, [snapshot, mutation]);
}
