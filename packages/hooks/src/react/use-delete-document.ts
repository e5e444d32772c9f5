'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { createDeleteMutation, type DeleteActions, type DeleteMutationCallbacks, type DeleteState } from '../cache/delete-mutation.js';
import { useDocumentsContext } from './documents-provider.js';
import { useLatest } from './use-latest.js';

/** Options of {@link useDeleteDocument}; read when a delete settles, so they may change between renders. */
export type UseDeleteDocumentOptions = DeleteMutationCallbacks;

/** What {@link useDeleteDocument} returns: the state of the latest delete plus actions. */
export type UseDeleteDocumentResult = DeleteState & DeleteActions;

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
  return useSyncExternalStore(mutation.subscribe, mutation.getSnapshot, mutation.getSnapshot);
}
