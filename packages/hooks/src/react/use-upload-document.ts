'use client';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Document } from '../client/document.js';
import { createUploadQueue, type UploadQueueSettings } from '../cache/upload-queue.js';
import type { UploadsSnapshot } from '../cache/upload-item.js';
import { useDocumentsContext } from './documents-context.js';
import { useLatest } from './use-latest.js';

/** Options of {@link useUploadDocument}; read on every event, so they may change between renders. */
export type UseUploadDocumentOptions = UploadQueueSettings;

/** What {@link useUploadDocument} returns: the queue's state plus its actions. */
export interface UseUploadDocumentResult extends UploadsSnapshot {
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

/**
 * Uploads documents (file → stored path → document) with per-file progress, a concurrency limit,
 * cancel/retry, and list invalidation after each success. Unmounting aborts every upload in flight.
 * @example
 * const { upload, uploads, progress } = useUploadDocument({ onError: (error) => toast(error.message) });
 * <input type="file" onChange={(event) => upload(event.target.files![0]!, { typeId: 1 })} />
 */
export function useUploadDocument(options: UseUploadDocumentOptions = {}): UseUploadDocumentResult {
  const { store } = useDocumentsContext('useUploadDocument');
  const settings = useLatest(options);
  const queue = useMemo(() => createUploadQueue(store, settings), [store, settings]);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  useEffect(() => () => queue.cancel(), [queue]);
  // `concurrency` may change between renders; a larger limit starts queued files right away.
  useEffect(() => queue.pump());
  const upload = useCallback((file: Blob, input: { typeId: string | number }) => queue.add(file, input).id, [queue]);
  const uploadAsync = useCallback((file: Blob, input: { typeId: string | number }) => queue.add(file, input).promise, [queue]);
  return useMemo(
    () => ({ ...snapshot, upload, uploadAsync, cancel: queue.cancel, retry: queue.retry, remove: queue.remove, reset: queue.reset }),
    [snapshot, upload, uploadAsync, queue],
  );
}
