'use client';
import { useEffect } from 'react';
import { createUploadQueue, type UploadActions, type UploadQueueSettings, type UploadsSnapshot } from '../cache/upload-queue.js';
import { useSource } from './use-source.js';

/** Options of {@link useUploadDocument}; read on every event, so they may change between renders. */
export type UseUploadDocumentOptions = UploadQueueSettings;

/** What {@link useUploadDocument} returns: the queue's state plus its actions. */
export interface UseUploadDocumentResult extends UploadsSnapshot, UploadActions {}

/**
 * Uploads documents (file → stored path → document) with per-file progress, a concurrency limit,
 * cancel/retry, a new attempt when the browser is back online after a `NETWORK` or `TIMEOUT` failure, and list
 * invalidation after each success. Unmounting aborts every upload in flight.
 * @example
 * const { upload, uploads, progress } = useUploadDocument({ onError: (error) => toast(error.message) });
 * <input type="file" onChange={(event) => upload(event.target.files![0]!, { typeId: 1 })} />
 */
export function useUploadDocument(options: UseUploadDocumentOptions = {}): UseUploadDocumentResult {
  const [snapshot, queue] = useSource('useUploadDocument', createUploadQueue, options);
  useEffect(() => {
    // A file that failed for want of a connection goes again once the browser is back online, as a paused mutation resumes.
    addEventListener('online', queue.reconnected);
    return () => {
      removeEventListener('online', queue.reconnected);
      queue.getSnapshot().cancel();
    };
  }, [queue]);
  // `concurrency` may change between renders; a larger limit starts queued files right away.
  useEffect(() => queue.pump());
  return snapshot;
}
