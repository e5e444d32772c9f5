import type { Document, UploadProgress } from '../client/document.js';
import { DocumentsError } from '../client/documents-error.js';
import { createEmitter } from './create-emitter.js';
import type { DocumentsStore } from './documents-store.js';
import { toDocumentsError } from './to-documents-error.js';

/** One file handed to the upload queue, as a union on `status`. A cancelled upload is `'error'` with code `ABORTED`. */
export type UploadItem = {
  /** Id returned by `upload()`; pass it to `cancel`, `retry`, `remove`. */
  id: string;
  /** The file being uploaded. */
  file: Blob;
  /** Document type id the document is created with. */
  typeId: string | number;
  /** Byte progress of this file (whole-percent steps). */
  progress: UploadProgress;
} & (
  | {
      /** Waiting for a free slot (concurrency limit). */
      status: 'queued';
      /** No error. */
      error: null;
      /** No document yet. */
      document: undefined;
    }
  | {
      /** Being sent, or its document being created. */
      status: 'pending';
      /** No error. */
      error: null;
      /** No document yet. */
      document: undefined;
    }
  | {
      /** The document exists. */
      status: 'success';
      /** No error. */
      error: null;
      /** The created document. */
      document: Document;
    }
  | {
      /** Failed or cancelled (`error.code === 'ABORTED'`). */
      status: 'error';
      /** Why it failed. */
      error: DocumentsError;
      /** No document. */
      document: undefined;
    }
);

/** Aggregate status of a set of uploads. */
export type UploadsStatus = 'idle' | 'pending' | 'success' | 'error';

/** Immutable state of an upload queue; a new object on every change. */
export interface UploadsSnapshot {
  /** Every file not removed, oldest first. */
  uploads: readonly UploadItem[];
  /** `'idle'` without files; `'pending'` while any is queued or sending; else the status of the last to finish. */
  status: UploadsStatus;
  /** Bytes over the queued and sending files; all zero when none are. */
  progress: UploadProgress;
}

/** What an upload queue can be asked to do; every snapshot carries them, so a hook returns it as is. */
export interface UploadActions {
  /** Queues a file; never rejects (the outcome is in `uploads`). Returns the upload id. */
  upload: (file: Blob, options: { typeId: string | number }) => string;
  /** Queues a file; resolves with the document or rejects with `DocumentsError` (`ABORTED` when cancelled). */
  uploadAsync: (file: Blob, options: { typeId: string | number }) => Promise<Document>;
  /** Cancels one upload, or all queued and sending ones: they become `'error'` with code `ABORTED`. */
  cancel: (uploadId?: string) => void;
  /** Sends a failed or cancelled upload again. */
  retry: (uploadId: string) => void;
  /** Forgets an upload, cancelling it if needed. */
  remove: (uploadId: string) => void;
  /** Cancels everything and forgets every upload. */
  reset: () => void;
}

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

/** An upload queue: its snapshot (with the actions) for `useSyncExternalStore`, and `pump`. */
export interface UploadQueue {
  /** `useSyncExternalStore` subscribe. */
  subscribe: (listener: () => void) => () => void;
  /** `useSyncExternalStore` getSnapshot: the same object until something changes. */
  getSnapshot: () => UploadsSnapshot & UploadActions;
  /** Starts queued files if slots became free (e.g. `concurrency` grew). */
  pump: () => void;
}

interface UploadRecord {
  item: UploadItem;
  /** Controller of the current send; a settled or superseded send no longer matches it. */
  ctl?: AbortController | undefined;
  resolve: (document: Document) => void;
  reject: (error: DocumentsError) => void;
  /** Order in which records settled, to tell which finished last. */
  settledAt: number;
}

const isLive = ({ item }: UploadRecord) => item.status === 'queued' || item.status === 'pending';

/**
 * Creates an upload queue over a store's client; successful uploads invalidate the store's lists. React-free.
 * @example
 * const queue = createUploadQueue(store, () => ({ concurrency: 2 }));
 * const id = queue.getSnapshot().upload(file, { typeId: 1 });
 */
export function createUploadQueue(store: DocumentsStore, settings: () => UploadQueueSettings = () => ({})): UploadQueue {
  const [subscribe, notify] = createEmitter();
  let records: UploadRecord[] = [];
  let count = 0;
  let settled = 0;

  const find = (id: string) => records.find(({ item }) => item.id === id);

  // A fresh promise per attempt; callers of the never-rejecting `upload()` don't await it.
  const queue = (record: UploadRecord, id: string, { file, typeId }: { file: Blob; typeId: string | number }) => {
    record.item = { id, file, typeId, progress: { loaded: 0, total: file.size, percent: 0 }, status: 'queued', error: null, document: undefined };
    const promise = new Promise<Document>((resolve, reject) => Object.assign(record, { resolve, reject }));
    promise.catch(() => {});
    return promise;
  };

  const finish = (record: UploadRecord, item: UploadItem, notifyNow = true) => {
    record.ctl = undefined;
    record.item = item;
    record.settledAt = ++settled;
    if (notifyNow) emit();
  };

  const abort = (record: UploadRecord) => {
    if (!isLive(record)) return;
    const error = new DocumentsError('ABORTED', 'The upload was cancelled.');
    record.ctl?.abort();
    finish(record, { ...record.item, status: 'error', error, document: undefined }, false);
    record.reject(error);
  };

  const send = (record: UploadRecord) => {
    const ctl = (record.ctl = new AbortController());
    const { file, typeId } = record.item;
    record.item = { ...record.item, status: 'pending', error: null, document: undefined };
    store.client
      .upload(file, {
        typeId,
        signal: ctl.signal,
        onProgress: (progress) => {
          if (record.ctl !== ctl || progress.percent === record.item.progress.percent) return;
          record.item = { ...record.item, progress };
          emit();
          settings().onProgress?.(progress, record.item);
        },
      })
      .then(
        (document) => {
          if (record.ctl !== ctl) return;
          const total = record.item.progress.total || file.size;
          finish(record, { ...record.item, progress: { loaded: total, total, percent: 100 }, status: 'success', error: null, document });
          void store.invalidate({ kind: 'documents' });
          record.resolve(document);
          settings().onSuccess?.(document, record.item);
        },
        (reason: unknown) => {
          if (record.ctl !== ctl) return;
          const error = toDocumentsError(reason);
          finish(record, { ...record.item, status: 'error', error, document: undefined });
          record.reject(error);
          if (error.code !== 'ABORTED') settings().onError?.(error, record.item);
        },
      );
  };

  /** Sends queued files while slots are free; whether any started. */
  const startQueued = () => {
    const free = Math.max(1, settings().concurrency ?? 3) - records.filter(({ item }) => item.status === 'pending').length;
    const queued = records.filter(({ item }) => item.status === 'queued').slice(0, Math.max(0, free));
    queued.forEach(send);
    return queued.length > 0;
  };

  const status = (): UploadsStatus => {
    if (!records.length) return 'idle';
    if (records.some(isLive)) return 'pending';
    return records.reduce((last, record) => (record.settledAt > last.settledAt ? record : last)).item.status === 'success' ? 'success' : 'error';
  };

  const emit = () => {
    startQueued();
    let loaded = 0;
    let total = 0;
    for (const { item } of records.filter(isLive)) {
      loaded += item.progress.loaded;
      total += item.progress.total;
    }
    snapshot = {
      ...actions,
      uploads: records.map(({ item }) => item),
      status: status(),
      progress: { loaded, total, percent: total > 0 ? Math.floor((loaded / total) * 100) : 0 },
    };
    notify();
  };

  const add = (file: Blob, { typeId }: { typeId: string | number }) => {
    const id = `upload-${++count}`;
    // Filled by `queue`; `settledAt` is only read once every record has settled.
    const record = {} as UploadRecord;
    const promise = queue(record, id, { file, typeId });
    records.push(record);
    emit();
    return [id, promise] as const;
  };

  const actions: UploadActions = {
    upload: (file, options) => add(file, options)[0],
    uploadAsync: (file, options) => add(file, options)[1],
    cancel(id) {
      records.filter((record) => id === undefined || record.item.id === id).forEach(abort);
      emit();
    },
    retry(id) {
      const record = find(id);
      if (record?.item.status !== 'error') return;
      void queue(record, id, record.item);
      emit();
    },
    remove(id) {
      const record = find(id);
      if (!record) return;
      abort(record);
      records = records.filter((candidate) => candidate !== record);
      emit();
    },
    reset() {
      records.forEach(abort);
      records = [];
      emit();
    },
  };

  let snapshot: UploadsSnapshot & UploadActions = { ...actions, uploads: [], status: 'idle', progress: { loaded: 0, total: 0, percent: 0 } };

  return {
    subscribe,
    getSnapshot: () => snapshot,
    pump() {
      if (startQueued()) emit();
    },
  };
}
