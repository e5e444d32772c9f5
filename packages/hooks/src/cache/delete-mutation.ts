import type { DocumentsError } from '../client/documents-error.js';
import type { DocumentsStore } from './documents-store.js';
import { toDocumentsError } from './to-documents-error.js';

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

/** Immutable state of a delete mutation; a new object on every change. */
export type DeleteSnapshot = DeleteState & {
  /** Ids this mutation is deleting right now. */
  deletingIds: ReadonlySet<string>;
};

/** Callbacks a delete mutation reads each time (so a hook can pass its latest props). */
export interface DeleteMutationCallbacks {
  /** Called after a document was deleted. */
  onSuccess?: (id: string) => void;
  /** Called after a delete failed (the document is already back in place). */
  onError?: (error: DocumentsError, id: string) => void;
}

const IDLE: DeleteSnapshot = { status: 'idle', error: null, variables: undefined, deletingIds: new Set() };

/** Tracks deletes sent through `store.deleteDocument` for one caller: status of the latest, ids in flight. React-free. */
export class DeleteMutation {
  private snapshot: DeleteSnapshot = IDLE;
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<string, Promise<void>>();
  private calls = 0;

  constructor(
    private readonly store: DocumentsStore,
    private readonly callbacks: () => DeleteMutationCallbacks = () => ({}),
  ) {}

  /** Deletes a document; rejects with `DocumentsError`. A second call for an id in flight returns the same promise. */
  mutateAsync = (id: string): Promise<void> => {
    const existing = this.pending.get(id);
    if (existing) return existing;
    this.calls += 1;
    const call = this.calls;
    const isLatest = () => call === this.calls;
    const promise = this.store.deleteDocument(id).then(
      () => {
        this.pending.delete(id);
        this.set(isLatest() ? { status: 'success', error: null, variables: id } : this.snapshot);
        this.callbacks().onSuccess?.(id);
      },
      (reason: unknown) => {
        const error = toDocumentsError(reason);
        this.pending.delete(id);
        this.set(isLatest() ? { status: 'error', error, variables: id } : this.snapshot);
        this.callbacks().onError?.(error, id);
        throw error;
      },
    );
    this.pending.set(id, promise);
    this.set({ status: 'pending', error: null, variables: id });
    return promise;
  };

  /** Deletes a document; never rejects (the error is in the state). */
  mutate = (id: string): void => {
    this.mutateAsync(id).catch(() => {});
  };

  /** Back to `'idle'`; deletes in flight still finish but no longer change the status. */
  reset = (): void => {
    this.calls += 1;
    this.set({ status: 'idle', error: null, variables: undefined });
  };

  /** `useSyncExternalStore` subscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** `useSyncExternalStore` getSnapshot: the same object until something changes. */
  getSnapshot = (): DeleteSnapshot => this.snapshot;

  private set(state: DeleteState): void {
    this.snapshot = { ...state, deletingIds: new Set(this.pending.keys()) };
    for (const listener of this.listeners) listener();
  }
}

/**
 * Creates a delete mutation over a store.
 * @example
 * const deletion = createDeleteMutation(store, () => ({ onError: (error) => toast(error.message) }));
 * deletion.mutate('42');
 */
export function createDeleteMutation(store: DocumentsStore, callbacks?: () => DeleteMutationCallbacks): DeleteMutation {
  return new DeleteMutation(store, callbacks);
}
