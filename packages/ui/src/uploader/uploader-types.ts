import type { Document, DocumentsError, UseUploadDocumentResult } from '@iddocs/hooks';
import type { PrepareOptions, PrepareReport } from '@iddocs/hooks/prepare';
import type { HTMLAttributes } from 'react';
import type { I18n } from '../i18n/translator.js';
import type { I18nProps } from '../i18n/i18n-context.js';
import type { RootAttributes } from '../theme.js';
import type { DropRejection } from './use-document-dropzone.js';

/** A kind of identity document the user can upload; a two-sided one lists its sides, each uploaded as its own document. */
export interface DocumentType {
  /** Document type id the document is created with. */
  id: string | number;
  /** Name shown to the user ("Passport"). */
  label: string;
  /** Sides of a two-sided document ("Front", "Back"), each with its own file slot and, optionally, its own type id. */
  sides?: readonly { id: string; label: string; typeId?: string | number }[];
}

/** Every part of the uploader, as written in `data-part` and in the class `iddocs-uploader__<part>`. */
export type UploaderPart =
  | 'root'
  | 'type'
  | 'type-select'
  | 'type-hint'
  | 'slots'
  | 'slot'
  | 'label'
  | 'dropzone'
  | 'hint'
  | 'input'
  | 'browse-button'
  | 'camera-input'
  | 'camera-button'
  | 'file-list'
  | 'file'
  | 'preview'
  | 'body'
  | 'name'
  | 'size'
  | 'status'
  | 'progress'
  | 'bytes'
  | 'error'
  | 'note'
  | 'quality'
  | 'actions'
  | 'cancel'
  | 'retry'
  | 'remove'
  | 'dismiss'
  | 'use-anyway'
  | 'retake'
  | 'summary'
  | 'submit';

/** Props of {@link DocumentUploader}. */
export interface DocumentUploaderProps extends Omit<HTMLAttributes<HTMLDivElement>, 'className'>, RootAttributes, I18nProps {
  /** Document types to upload; a chooser appears when there are several. Must not be empty. */
  types: readonly DocumentType[];
  /** `'auto'` uploads each file once accepted; `'manual'` waits for the submit button. Default `'auto'`. */
  mode?: 'auto' | 'manual' | undefined;
  /** Most files per slot not uploaded yet (uploaded rows take no place). Default 1 for a side of a two-sided type (a new file replaces it), else 10. */
  maxFiles?: number | undefined;
  /** Largest file in bytes. Default, and upper bound: the client's `fileRules.maxSize` (20 MB unless configured). */
  maxSize?: number | undefined;
  /** Smallest file in bytes. Default, and lower bound: the client's `fileRules.minSize` (1 KiB unless configured). */
  minSize?: number | undefined;
  /** Shows the "Take a photo" button (the phone's camera). Default `true`. */
  camera?: boolean | undefined;
  /**
   * Prepares photos before upload, on the device: removes location, camera and date metadata, applies the
   * orientation, downscales very large photos, converts HEIC to JPEG, and warns about blurry, dark or glaring
   * photos (the person chooses "Use anyway" or "Retake"). Options go to `prepareFile` from `@iddocs/hooks/prepare`;
   * `false` uploads files exactly as chosen, metadata included. Default on.
   */
  prepare?: PrepareOptions | false | undefined;
  /** Extra classes per part. */
  classNames?: Partial<Record<UploaderPart, string>> | undefined;
  /** A document was created from an uploaded file. */
  onUploaded?: ((document: Document) => void) | undefined;
  /** A file was refused before upload (once per file). */
  onRejected?: ((file: File, reason: DropRejection) => void) | undefined;
}

/** One accepted file's upload: its type id, and the upload id once sent. */
export interface Job {
  /** Type id. */
  t: string | number;
  /** Upload id, once handed to the queue. */
  u?: string;
  /** Held for the person's review of quality hints ("Use anyway" or "Retake"). */
  h?: boolean;
}

/** What the uploader shares with its slots and rows. */
export interface UploaderContext {
  /** Translator. */
  i: I18n;
  /** Speaks `text` in the live region, after the file name when given. */
  say: (text: string, name?: string) => void;
  /** The upload queue. */
  up: UseUploadDocumentResult;
  /** Upload of each accepted file. */
  jobs: ReadonlyMap<File, Job>;
  /** Largest file in bytes. */
  maxSize: number | undefined;
  /** Smallest file in bytes. */
  minSize: number | undefined;
  /** Show the camera button. */
  camera: boolean | undefined;
  /** Preparation options of every slot. */
  prepare: PrepareOptions | false | undefined;
  /** The widget's rejection callback. */
  onRejected: DocumentUploaderProps['onRejected'];
  /** `data-part` and classes of a part. */
  part: (name: UploaderPart, extra?: string) => { 'data-part': UploaderPart; className: string };
  /** Why the client refused a file it was asked to send (as the reason shown when a file is chosen), if it did. */
  refusal: (error: DocumentsError | null | undefined, size: number) => string | undefined;
  /** Registers an accepted file (and uploads it in auto mode, unless its quality hints hold it for review). */
  add: (file: File, typeId: string | number, report?: PrepareReport) => void;
  /** "Use anyway": releases a file held for review. */
  go: (file: File) => void;
  /** Forgets a file's upload. */
  drop: (file: File) => void;
  /** Sends a failed upload again. */
  retry: (uploadId: string) => void;
  /** A slot's files started (`1`) or finished (`-1`) being checked or prepared. */
  settle: (n: 1 | -1) => void;
}
