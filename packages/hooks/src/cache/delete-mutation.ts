import type { DocumentsError } from '../client/documents-error.js';
import { createEmitter } from './create-emitter.js';
import type { DeleteOptions, DocumentsStore } from './documents-store.js';

/** State of the most recent delete, as a union on `status`. */
export type DeleteState =
  | {
      /** Nothing deleted yet (or after `reset`). */
      status: 'idle';
      /** No error. */
      error: null;
      /** No id yet. */
      variables: undefined;
    }
  | {
      /** The delete request is in flight. */
      status: 'pending';
      /** No error. */
      error: null;
      /** The id being deleted. */
      variables: string;
    }
  | {
      /** The document was deleted. */
      status: 'success';
      /** No error. */
      error: null;
      /** The id that was deleted. */
      variables: string;
    }
  | {
      /** The delete failed; the document is back in place. */
      status: 'error';
      /** Why it failed. */
      error: DocumentsError;
      /** The id that failed to delete. */
      variables: string;
    };

/** What a delete mutation can be asked to do; every snapshot carries them, so a hook returns it as is. */
export interface DeleteActions {
  /** Deletes a document, optimistically unless `{ optimistic: false }`; never rejects (the error is in the state). */
  deleteDocument: (id: string, options?: DeleteOptions) => void;
  /**
   * Deletes a document, optimistically unless `{ optimistic: false }`; rejects with `DocumentsError`. Repeated calls
   * for an id in flight share one request.
   */
  deleteDocumentAsync: (id: string, options?: DeleteOptions) => Promise<void>;
  /** Back to `'idle'`; deletes in flight still finish but no longer change the status. */
  reset: () => void;
  /** Whether this mutation is deleting the document with this id. */
  isDeleting: (id: string) => boolean;
}

/** Callbacks a delete mutation reads each time (so a hook can pass its latest props). */
export interface DeleteMutationCallbacks {
  /** Called after a document was deleted. */
  onSuccess?: ((id: string) => void) | undefined;
  /** Called after a delete failed (the document is already back in place). */
  onError?: ((error: DocumentsError, id: string) => void) | undefined;
}

/** A delete mutation: its immutable snapshot (state plus actions) for `useSyncExternalStore`. */
export interface DeleteMutation {
  /** `useSyncExternalStore` subscribe. */
  subscribe: (listener: () => void) => () => void;
  /** `useSyncExternalStore` getSnapshot: the same object until something changes. */
  getSnapshot: () => DeleteState & DeleteActions;
}

/**
 * Tracks deletes sent through `store.deleteDocument` for one caller: status of the latest, ids in flight. React-free.
 * @example
 * const deletion = createDeleteMutation(store, () => ({ onError: (error) => toast(error.message) }));
 * deletion.getSnapshot().deleteDocument('42');
 */
export function createDeleteMutation(store: DocumentsStore, callbacks: () => DeleteMutationCallbacks = () => ({})): DeleteMutation {
  const [subscribe, notify] = createEmitter();
  const pending = new Map<string, Promise<void>>();
  let calls = 0;
  let snapshot: DeleteState & DeleteActions;

  const set = (state: DeleteState) => {
    const ids = new Set(pending.keys());
    snapshot = { ...state, deleteDocument, deleteDocumentAsync, reset, isDeleting: (id) => ids.has(id) };
    notify();
  };

  const deleteDocumentAsync = (id: string, options?: DeleteOptions): Promise<void> => {
    let promise = pending.get(id);
    if (promise) return promise;
    const call = ++calls;
    // A later call (or `reset`) owns the status; this one only leaves the in-flight set.
    const settle = (state: DeleteState) => {
      pending.delete(id);
      set(call === calls ? state : snapshot);
    };
    promise = store.deleteDocument(id, options).then(
      () => {
        settle({ status: 'success', error: null, variables: id });
        callbacks().onSuccess?.(id);
      },
      // `deleteDocument` rejects only with `DocumentsError`.
      (error: DocumentsError) => {
        settle({ status: 'error', error, variables: id });
        callbacks().onError?.(error, id);
        throw error;
      },
    );
    pending.set(id, promise);
    set({ status: 'pending', error: null, variables: id });
    return promise;
  };

  const deleteDocument = (id: string, options?: DeleteOptions) => {
    deleteDocumentAsync(id, options).catch(() => {});
  };

  const reset = () => {
    calls++;
    set({ status: 'idle', error: null, variables: undefined });
  };

  reset();
  return { subscribe, getSnapshot: () => snapshot };
}
