/** Normalised review state of a document. Unknown server values become `'in_review'`. */
export type DocumentStatus = 'pending' | 'approved' | 'rejected' | 'in_review';

/**
 * An identity document as the v2 documents API returns it, parsed tolerantly:
 * only `id` is required; every field the server sent is kept in `raw`.
 */
export interface Document {
  /** Server id, always a string (numeric ids are converted). */
  id: string;
  /** Normalised status; unknown or missing values become `'in_review'`. */
  status: DocumentStatus;
  /** The status exactly as the server sent it, if any. */
  rawStatus?: string;
  /** Document type id (`typeId`, `typeID` or `type.id` on the wire). */
  typeId?: string | number;
  /** Document type name if the server sent one (`type.name`, `typeName`). */
  typeName?: string;
  /** The stored file path that `create` was called with (`file`). */
  file?: string;
  /** Original file name (`fileName`, `name`, or the last segment of `file`). */
  fileName?: string;
  /** Address to fetch the file from, with the bearer token (`fileUrl`, `url`, `file` when it is a URL). */
  fileUrl?: string;
  /** Media type of the stored file if the server sent one (`mimeType`, `contentType`). */
  mimeType?: string;
  /** Size in bytes if the server sent one (`size`, `fileSize`). */
  size?: number;
  /** Why the document was rejected, where the API gives a reason (`rejectionReason`, `reason`, `comment`). */
  rejectionReason?: string;
  /** ISO timestamp of creation (`createTime`, `createdAt`). */
  createTime?: string;
  /** ISO timestamp of the last update (`updateTime`, `updatedAt`). */
  updateTime?: string;
  /** Every field of the server's object, untouched, including unknown ones. */
  raw: Readonly<Record<string, unknown>>;
}

/** One page of the current user's documents. */
export interface DocumentPage {
  /** The documents on this page, in server order. */
  documents: Document[];
  /** The `limit` the page was requested with. */
  limit: number;
  /** The `offset` the page was requested with. */
  offset: number;
  /** Total number of documents, when the server's envelope gives one. */
  total?: number;
  /** Whether another page probably follows: from `total` when known, else from a full page. */
  hasMore: boolean;
}

/** Byte progress of one upload. */
export interface UploadProgress {
  /** Bytes of the file sent so far. */
  loaded: number;
  /** Bytes of the file in all: its size (the request's multipart envelope is not counted). */
  total: number;
  /** `loaded / total` as a whole number 0–100. */
  percent: number;
}
