'use client';
import { createDeleteMutation, type DeleteActions, type DeleteMutationCallbacks, type DeleteState } from '../cache/delete-mutation.js';
import { useSource } from './use-source.js';

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
  return useSource('useDeleteDocument', createDeleteMutation, options)[0];
}
