import type { Document, UploadProgress } from '../client/document.js';
import type { DocumentsError } from '../client/documents-error.js';

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
