import { toDocumentsError } from './to-documents-error.js';
import { PENDING_SNAPSHOT, type QuerySnapshot } from './query-snapshot.js';

/** Loads an entry's data; must honour `signal`. */
export type QueryJob<TData> = (signal: AbortSignal) => Promise<TData>;

/** How an entry tells its store about its life. */
export interface QueryEntryHooks {
  /** How long an entry without observers is kept. */
  gcTime: number;
  /** The entry's gc time elapsed without observers: forget it. */
  onGc: () => void;
  /** Enabled observers went from 0 to 1 (`+1`) or from 1 to 0 (`-1`). */
  onActiveChange: (delta: 1 | -1) => void;
}

interface Observer {
  listener: () => void;
  enabled: boolean;
}

interface Run {
  controller: AbortController;
  promise: Promise<void>;
}

/** One cached query: its snapshot, observers, in-flight request and gc timer. React-free. */
export class QueryEntry<TData> {
  /** Current immutable snapshot; replaced on every change. */
  snapshot: QuerySnapshot<TData> = PENDING_SNAPSHOT;
  /** Set by `invalidate()`: the next trigger refetches whatever `staleTime` says. */
  invalidated = false;
  private readonly observers = new Set<Observer>();
  private run: Run | undefined;
  private gcTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly hooks: QueryEntryHooks) {
    this.scheduleGc();
  }

  /** Whether an enabled observer is watching (it gets refetched on invalidate/focus/reconnect). */
  get isActive(): boolean {
    for (const observer of this.observers) if (observer.enabled) return true;
    return false;
  }

  /** The in-flight request, if any; callers share it (de-duplication). */
  get inFlight(): Promise<void> | undefined {
    return this.run?.promise;
  }

  /** Whether a trigger should refetch: never loaded, failed, invalidated or older than `staleTime`. */
  isStale(staleTime: number): boolean {
    return this.invalidated || this.snapshot.status !== 'success' || Date.now() - this.snapshot.dataUpdatedAt >= staleTime;
  }

  /** Adds an observer; the returned function removes it. */
  subscribe(listener: () => void, enabled: boolean): () => void {
    const observer: Observer = { listener, enabled };
    const wasActive = this.isActive;
    this.observers.add(observer);
    this.clearGc();
    if (!wasActive && this.isActive) this.hooks.onActiveChange(1);
    return () => {
      if (!this.observers.delete(observer)) return;
      if (enabled && !this.isActive) this.hooks.onActiveChange(-1);
      if (this.observers.size > 0) return;
      // Deferred so that an immediate re-subscribe (StrictMode, a key flip) keeps the request alive.
      queueMicrotask(() => {
        if (this.observers.size === 0) this.cancel();
      });
      this.scheduleGc();
    };
  }

  /** Starts a request (cancelling one in flight); the promise settles when it does and never rejects. */
  start(job: QueryJob<TData>, isNextPage = false): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.set({ ...this.snapshot, isFetching: true, isFetchingNextPage: isNextPage });
    const promise = job(controller.signal).then(
      (data) => {
        if (this.run?.controller !== controller) return;
        this.run = undefined;
        this.invalidated = false;
        this.set({ status: 'success', data, error: null, isFetching: false, isFetchingNextPage: false, dataUpdatedAt: Date.now() });
      },
      (error: unknown) => {
        if (this.run?.controller !== controller) return;
        this.run = undefined;
        const { data, dataUpdatedAt } = this.snapshot;
        this.set({ status: 'error', data, error: toDocumentsError(error), isFetching: false, isFetchingNextPage: false, dataUpdatedAt });
      },
    );
    this.run = { controller, promise };
    return promise;
  }

  /** Aborts the request in flight, if any, and goes back to the state before it: no error is shown. */
  cancel(): void {
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    run.controller.abort();
    this.set({ ...this.snapshot, isFetching: false, isFetchingNextPage: false });
  }

  /** Replaces the data of an entry that has some (optimistic updates); no-op otherwise. */
  setData(data: TData): void {
    if (this.snapshot.status === 'pending') return;
    this.set({ ...this.snapshot, data });
  }

  private set(snapshot: QuerySnapshot<TData>): void {
    this.snapshot = snapshot;
    for (const observer of this.observers) observer.listener();
  }

  private scheduleGc(): void {
    this.clearGc();
    if (!Number.isFinite(this.hooks.gcTime)) return;
    const timer = setTimeout(() => {
      if (this.observers.size === 0 && !this.run) this.hooks.onGc();
    }, this.hooks.gcTime);
    // A pending gc must not keep a Node process (SSR, tests) alive.
    (timer as { unref?: () => void }).unref?.();
    this.gcTimer = timer;
  }

  private clearGc(): void {
    if (this.gcTimer !== undefined) clearTimeout(this.gcTimer);
    this.gcTimer = undefined;
  }
}

