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
  concurrency?: number | undefined;
  /** Called when a file's progress moves by a whole percent. */
  onProgress?: ((progress: UploadProgress, upload: UploadItem) => void) | undefined;
  /** Called when a file's document was created. */
  onSuccess?: ((document: Document, upload: UploadItem) => void) | undefined;
  /** Called when a file failed; not for cancellations. */
  onError?: ((error: DocumentsError, upload: UploadItem) => void) | undefined;
  /**
   * Sends files that failed for want of a connection (`NETWORK`, or `TIMEOUT`: a stalled upload) again when the browser
   * is back online. Default true.
   */
  retryOnReconnect?: boolean | undefined;
}

/** An upload queue: its snapshot (with the actions) for `useSyncExternalStore`, and `pump`. */
export interface UploadQueue {
  /** `useSyncExternalStore` subscribe. */
  subscribe: (listener: () => void) => () => void;
  /** `useSyncExternalStore` getSnapshot: the same object until something changes. */
  getSnapshot: () => UploadsSnapshot & UploadActions;
  /** Starts queued files if slots became free (e.g. `concurrency` grew). */
  pump: () => void;
  /** Queues again the files that failed with `NETWORK` or `TIMEOUT`, unless `retryOnReconnect` is false: call it when back online. */
  reconnected: () => void;
}

/** One upload's mutable side. Short plain fields: a minifier can't shorten member names. */
interface UploadRecord {
  /** The current immutable item. */
  i: UploadItem;
  /** Controller of the current send; a settled or cancelled send no longer matches it. */
  c?: AbortController | undefined;
  /** Resolves the promise of `uploadAsync`; a no-op once it settled (a retry has no promise). */
  y?: (document: Document) => void;
  /** Rejects the promise of `uploadAsync`. */
  n?: (error: DocumentsError) => void;
  /** When the record settled (a counter), to tell which finished last. */
  t: number;
  /** Where the file is stored once its bytes went up: a retry after `create` failed creates from it, sending nothing again. */
  p?: string | undefined;
}

const noop = () => {};
const isLive = ({ i }: UploadRecord) => i.status === 'queued' || i.status === 'pending';

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
  let snapshot: UploadsSnapshot & UploadActions;

  const put = (record: UploadRecord, status: UploadItem['status'], fields: object = {}) => {
    record.i = { ...record.i, status, error: null, document: undefined, ...fields } as UploadItem;
  };

  const finish = (record: UploadRecord, status: 'success' | 'error', fields: object) => {
    record.c = undefined;
    record.t = ++settled;
    put(record, status, fields);
  };

  const queue = (record: UploadRecord, { id, file, typeId }: Pick<UploadItem, 'id' | 'file' | 'typeId'>) => {
    put(record, 'queued', { id, file, typeId, progress: { loaded: 0, total: file.size, percent: 0 } });
    emit();
  };

  const abort = (record: UploadRecord) => {
    if (!isLive(record)) return;
    const error = new DocumentsError('ABORTED', 'The upload was cancelled.');
    // The file went up, so `create` may be on its way and already applied: the lists ask the server.
    if (record.p && record.c) void store.invalidate({ kind: 'documents' });
    record.c?.abort();
    finish(record, 'error', { error });
    record.n?.(error);
  };

  const send = (record: UploadRecord) => {
    const c = (record.c = new AbortController());
    const { file, typeId } = record.i;
    put(record, 'pending');
    const { client } = store;
    const onProgress = (progress: UploadProgress) => {
      if (record.c !== c || progress.percent === record.i.progress.percent) return;
      put(record, 'pending', { progress });
      emit();
      settings().onProgress?.(progress, record.i);
    };
    const create = (path: string) =>
      client.create({ file: path, typeId }, { signal: c.signal }).catch((error: unknown) => {
        // The server refused the stored path (gone, or never valid): the next retry sends the file again.
        if (['VALIDATION', 'NOT_FOUND'].includes(toDocumentsError(error).code)) record.p = undefined;
        throw error;
      });
    // A retry after `create` failed creates from the file already stored: its bytes are not sent again.
    const storedPath = record.p;
    const stored = storedPath
      ? Promise.resolve().then(() => {
          onProgress({ loaded: file.size, total: file.size, percent: 100 });
          return storedPath;
        })
      : client.uploadFile(file, { signal: c.signal, onProgress }).then((path) => (record.p = path));
    stored
      .then(create)
      .then(
        (document) => {
          if (record.c !== c) return;
          const total = record.i.progress.total || file.size;
          finish(record, 'success', { document, progress: { loaded: total, total, percent: 100 } });
          emit();
          void store.invalidate({ kind: 'documents' });
          record.y?.(document);
          settings().onSuccess?.(document, record.i);
        },
        (reason: unknown) => {
          if (record.c !== c) return;
          const error = toDocumentsError(reason);
          finish(record, 'error', { error });
          emit();
          record.n?.(error);
          if (error.code !== 'ABORTED') settings().onError?.(error, record.i);
        },
      );
  };

  /** Sends queued files while slots are free; whether any started. */
  const startQueued = () => {
    const free = Math.max(1, settings().concurrency ?? 3) - records.filter(({ i }) => i.status === 'pending').length;
    const starting = records.filter(({ i }) => i.status === 'queued').slice(0, Math.max(0, free));
    starting.forEach(send);
    return starting.length > 0;
  };

  // Every change goes through here: free slots are filled first, then a new snapshot is published.
  const emit = () => {
    startQueued();
    let loaded = 0;
    let total = 0;
    for (const { i } of records.filter(isLive)) {
      loaded += i.progress.loaded;
      total += i.progress.total;
    }
    snapshot = {
      ...actions,
      uploads: records.map(({ i }) => i),
      // Without live records, every one has settled: the latest is `'success'` or `'error'`.
      status: !records.length
        ? 'idle'
        : records.some(isLive)
          ? 'pending'
          : (records.reduce((latest, record) => (record.t > latest.t ? record : latest)).i.status as UploadsStatus),
      progress: { loaded, total, percent: total && Math.floor((loaded / total) * 100) },
    };
    notify();
  };

  /** Cancels the matching records, and forgets them with `forget`. */
  const abortWhere = (match: (record: UploadRecord) => boolean, forget?: boolean) => {
    records.filter(match).forEach(abort);
    if (forget) records = records.filter((record) => !match(record));
    emit();
  };

  // `i` is filled by `queue`, and `t` only read once the record settled.
  const add = (file: Blob, { typeId }: { typeId: string | number }, record = {} as UploadRecord) => {
    const id = `upload-${++count}`;
    records.push(record);
    queue(record, { id, file, typeId });
    return id;
  };

  const actions: UploadActions = {
    upload: (file, options) => add(file, options),
    uploadAsync(file, options) {
      const promise = new Promise<Document>((y, n) => add(file, options, { y, n } as UploadRecord));
      // An ignored rejection is not reported as unhandled: the error is in the snapshot too.
      promise.catch(noop);
      return promise;
    },
    cancel: (id) => abortWhere(({ i }) => id === undefined || i.id === id),
    retry(id) {
      const record = records.find(({ i }) => i.id === id);
      if (record?.i.status !== 'error') return;
      queue(record, record.i);
    },
    remove: (id) => abortWhere(({ i }) => i.id === id, true),
    reset: () => abortWhere(() => true, true),
  };

  emit();
  return {
    subscribe,
    getSnapshot: () => snapshot,
    pump() {
      if (startQueued()) emit();
    },
    reconnected: () => {
      if (settings().retryOnReconnect !== false) for (const record of records) if (/^(NETWORK|TIMEOUT)$/.test(record.i.error?.code ?? '')) queue(record, record.i);
    },
  };
}
