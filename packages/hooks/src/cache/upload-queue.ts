import type { Document, UploadProgress } from '../client/document.js';
import { DocumentsError } from '../client/documents-error.js';
import type { DocumentsStore } from './documents-store.js';
import { toDocumentsError } from './to-documents-error.js';
import type { UploadItem, UploadsSnapshot, UploadsStatus } from './upload-item.js';

/** Settings an upload queue reads each time it needs them (so a hook can pass its latest props). */
export interface UploadQueueSettings {
  /** How many files are sent at once; the rest wait as `'queued'`. Default 3. */
  concurrency?: number;
  /** Called when a file's progress moves by a whole percent. */
  onProgress?: (progress: UploadProgress, upload: UploadItem) => void;
  /** Called when a file's document was created. */
  onSuccess?: (document: Document, upload: UploadItem) => void;
  /** Called when a file failed; not for cancellations. */
  onError?: (error: DocumentsError, upload: UploadItem) => void;
}

interface UploadRecord {
  item: UploadItem;
  controller: AbortController | undefined;
  settle: { resolve: (document: Document) => void; reject: (error: DocumentsError) => void };
  settledAt: number;
}

const noop = () => {};

/** Files sent through `client.upload` with a concurrency limit, cancel/retry/remove, and subscribe/getSnapshot. React-free. */
export class UploadQueue {
  private records: UploadRecord[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: UploadsSnapshot = { uploads: [], status: 'idle', progress: { loaded: 0, total: 0, percent: 0 } };
  private nextId = 0;
  private settleCount = 0;

  constructor(
    private readonly store: DocumentsStore,
    private readonly settings: () => UploadQueueSettings = () => ({}),
  ) {}

  /** Adds a file; its promise resolves with the document or rejects with `DocumentsError` (`ABORTED` if cancelled). */
  add(file: Blob, { typeId }: { typeId: string | number }): { id: string; promise: Promise<Document> } {
    this.nextId += 1;
    const id = `upload-${this.nextId}`;
    const { promise, settle } = deferred();
    this.records.push({ item: queuedItem(id, file, typeId), controller: undefined, settle, settledAt: 0 });
    this.startQueued();
    this.emit();
    return { id, promise };
  }

  /** Cancels one upload, or every queued and sending one: they become `'error'` with code `ABORTED`. */
  cancel = (id?: string): void => {
    for (const record of this.records) if (id === undefined || record.item.id === id) this.abort(record);
    this.startQueued();
    this.emit();
  };

  /** Sends a failed or cancelled upload again. */
  retry = (id: string): void => {
    const record = this.records.find((candidate) => candidate.item.id === id);
    if (record?.item.status !== 'error') return;
    record.item = queuedItem(id, record.item.file, record.item.typeId);
    record.settle = deferred().settle;
    this.startQueued();
    this.emit();
  };

  /** Forgets an upload, cancelling it first if needed. */
  remove = (id: string): void => {
    const record = this.records.find((candidate) => candidate.item.id === id);
    if (!record) return;
    this.abort(record);
    this.records = this.records.filter((candidate) => candidate !== record);
    this.startQueued();
    this.emit();
  };

  /** Cancels everything and forgets every upload. */
  reset = (): void => {
    for (const record of this.records) this.abort(record);
    this.records = [];
    this.emit();
  };

  /** Starts queued files if slots became free (e.g. `concurrency` grew). */
  pump = (): void => {
    if (this.startQueued()) this.emit();
  };

  private startQueued(): boolean {
    const limit = Math.max(1, this.settings().concurrency ?? 3);
    let sending = this.records.filter((record) => record.item.status === 'pending').length;
    let started = false;
    for (const record of this.records) {
      if (sending >= limit) break;
      if (record.item.status !== 'queued') continue;
      this.send(record);
      sending += 1;
      started = true;
    }
    return started;
  }

  /** `useSyncExternalStore` subscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** `useSyncExternalStore` getSnapshot: the same object until something changes. */
  getSnapshot = (): UploadsSnapshot => this.snapshot;

  private send(record: UploadRecord): void {
    const controller = new AbortController();
    const { id, file, typeId } = record.item;
    record.controller = controller;
    record.item = { ...record.item, status: 'pending', error: null, document: undefined };
    const isCurrent = () => record.controller === controller;
    this.store.client
      .upload(file, {
        typeId,
        signal: controller.signal,
        onProgress: (progress) => {
          if (!isCurrent() || progress.percent === record.item.progress.percent) return;
          record.item = { ...record.item, progress };
          this.emit();
          this.settings().onProgress?.(progress, record.item);
        },
      })
      .then(
        (document) => {
          if (!isCurrent()) return;
          const total = record.item.progress.total || file.size;
          this.finish(record, { id, file, typeId, progress: { loaded: total, total, percent: 100 }, status: 'success', error: null, document });
          void this.store.invalidate({ kind: 'documents' });
          record.settle.resolve(document);
          this.settings().onSuccess?.(document, record.item);
        },
        (reason: unknown) => {
          if (!isCurrent()) return;
          const error = toDocumentsError(reason);
          this.finish(record, { ...record.item, status: 'error', error, document: undefined });
          record.settle.reject(error);
          if (error.code !== 'ABORTED') this.settings().onError?.(error, record.item);
        },
      );
  }

  private abort(record: UploadRecord): void {
    if (record.item.status !== 'queued' && record.item.status !== 'pending') return;
    const error = new DocumentsError('ABORTED', 'The upload was cancelled.');
    record.controller?.abort();
    this.finish(record, { ...record.item, status: 'error', error, document: undefined }, false);
    record.settle.reject(error);
  }

  private finish(record: UploadRecord, item: UploadItem, notify = true): void {
    record.controller = undefined;
    record.item = item;
    this.settleCount += 1;
    record.settledAt = this.settleCount;
    if (!notify) return;
    this.startQueued();
    this.emit();
  }

  private emit(): void {
    const uploads = this.records.map((record) => record.item);
    this.snapshot = { uploads, status: this.status(), progress: activeProgress(uploads) };
    for (const listener of this.listeners) listener();
  }

  private status(): UploadsStatus {
    if (this.records.length === 0) return 'idle';
    if (this.records.some(({ item }) => item.status === 'queued' || item.status === 'pending')) return 'pending';
    const last = this.records.reduce((latest, record) => (record.settledAt > latest.settledAt ? record : latest));
    return last.item.status === 'success' ? 'success' : 'error';
  }
}

type Settle = UploadRecord['settle'];

function deferred(): { promise: Promise<Document>; settle: Settle } {
  const settle: Settle = { resolve: noop, reject: noop };
  const promise = new Promise<Document>((resolve, reject) => {
    settle.resolve = resolve;
    settle.reject = reject;
  });
  // Callers of the never-rejecting `upload()` don't await it; the rejection is in the snapshot.
  promise.catch(noop);
  return { promise, settle };
}

function queuedItem(id: string, file: Blob, typeId: string | number): UploadItem {
  return { id, file, typeId, progress: { loaded: 0, total: file.size, percent: 0 }, status: 'queued', error: null, document: undefined };
}

function activeProgress(uploads: readonly UploadItem[]): UploadProgress {
  let loaded = 0;
  let total = 0;
  for (const { status, progress } of uploads) {
    if (status !== 'queued' && status !== 'pending') continue;
    loaded += progress.loaded;
    total += progress.total;
  }
  return { loaded, total, percent: total > 0 ? Math.floor((loaded / total) * 100) : 0 };
}

/**
 * Creates an upload queue over a store's client; successful uploads invalidate the store's lists.
 * @example
 * const queue = createUploadQueue(store, () => ({ concurrency: 2 }));
 * const { id, promise } = queue.add(file, { typeId: 1 });
 */
export function createUploadQueue(store: DocumentsStore, settings?: () => UploadQueueSettings): UploadQueue {
  return new UploadQueue(store, settings);
}
