import type { Defined } from '../defined.js';
import type { Document, DocumentPage, UploadProgress } from './document.js';

/** A MIME-like name of a file kind recognised by its first bytes. */
export type FileKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';

/** Options of the upload step (how a `File` becomes the path that `create` accepts). */
export interface UploadEndpointOptions {
  /** Where to POST the multipart body. Relative to `baseUrl`. Default `'api/v2/my/files'`. */
  url?: string;
  /** Multipart field name. Default `'file'`. */
  fieldName?: string;
  /** Extra multipart fields to send with the file. */
  fields?: Record<string, string>;
  /** Reads the stored path from the JSON response. Default: `path`, then `file`, then `data.path`. */
  getPath?: (responseJson: unknown) => string | undefined;
}

/** A custom upload step: sends the file somewhere and resolves with the path that `create` accepts. */
export type UploadFunction = (
  file: Blob,
  options: { onProgress: (progress: UploadProgress) => void; signal: AbortSignal; fileName: string },
) => Promise<string>;

/** Retry policy of idempotent requests (GET, DELETE). */
export interface RetryOptions {
  /** Attempts after the first. Default 2. `0` disables retries. */
  limit?: number;
  /** First backoff delay in ms; doubles each time, with full jitter. Default 300. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay, and of an honoured `Retry-After`. Default 10_000. */
  maxDelayMs?: number;
}

/** Content checks run on every file before any network call. */
export interface FileRules {
  /** Allowed kinds, detected from the file's bytes. Default: JPEG, PNG, WebP, HEIC/HEIF, PDF. */
  accept?: readonly FileKind[] | undefined;
  /** Largest accepted size in bytes. Default 20 MB (20 000 000 bytes). */
  maxSize?: number | undefined;
  /** Smallest accepted size in bytes. Default 1 KiB (smaller is no legible scan). */
  minSize?: number | undefined;
}

/** Options of `createDocumentsClient`; only `baseUrl` and `getAccessToken` are required. */
export interface DocumentsClientOptions {
  /** Origin (and optional path prefix) of the API, e.g. `'https://broker.example'`. */
  baseUrl: string;
  /** Returns the current access token; called before every request. */
  getAccessToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** Called once after a 401 so the app can refresh its token; the request is then replayed once. */
  onUnauthorized?: (() => void | Promise<void>) | undefined;
  /** The upload step: endpoint options, or a function of your own. */
  upload?: UploadEndpointOptions | UploadFunction | undefined;
  /** Extra headers on every request to a trusted origin (e.g. `Accept-Language`). */
  headers?: Record<string, string> | undefined;
  /**
   * Origins besides `baseUrl`'s and `upload.url`'s that get the bearer token and `headers`, e.g. a files host
   * `'https://files.broker.example'` that serves `fileUrl`s. Default none: a `fileUrl` elsewhere (a CDN, a pre-signed
   * storage link) is fetched without them.
   */
  tokenOrigins?: readonly string[] | undefined;
  /**
   * Per-request timeout in ms. Default 30_000. An upload may take as long as it needs, but in a browser it fails with
   * `TIMEOUT` after this long without a byte sent: a stalled connection.
   */
  timeout?: number | undefined;
  /** Retry policy for GET and DELETE, or `false` for none. */
  retry?: RetryOptions | false | undefined;
  /** File content rules. */
  files?: FileRules | undefined;
  /** A fetch implementation (tests, SSR). Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
}

/** Options every call accepts. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with `ABORTED`. */
  signal?: AbortSignal | undefined;
}

/** Options of `client.list`: a page of documents. */
export interface ListOptions extends RequestOptions {
  /** Page size. Default 10. */
  limit?: number | undefined;
  /** Index of the first document. Default 0. */
  offset?: number | undefined;
}

/** Options of the file step of an upload (`client.uploadFile`). */
export interface UploadFileOptions extends RequestOptions {
  /** Called with byte progress while the file is sent. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** Options of `client.upload`: the file step, then the document's creation. */
export interface UploadOptions extends UploadFileOptions {
  /** Document type id to create the document with. */
  typeId: string | number;
}

/** React-free client for `/api/v2/my/documents`. Every method rejects only with `DocumentsError`. */
export interface DocumentsClient {
  /** One page of the current user's documents. */
  list(options?: ListOptions): Promise<DocumentPage>;
  /** One document by id. */
  get(id: string, options?: RequestOptions): Promise<Document>;
  /** Creates a document from a stored file path. Never blindly retried. */
  create(input: { file: string; typeId: string | number }, options?: RequestOptions): Promise<Document>;
  /** Deletes a document. A 404 on a retry counts as deleted. */
  delete(id: string, options?: RequestOptions): Promise<void>;
  /** Checks a file's content against the rules; rejects with `FILE_REJECTED`, else resolves its kind. */
  checkFile(file: Blob): Promise<FileKind>;
  /** Checks, then sends the file through the upload step; resolves with the stored path. */
  uploadFile(file: Blob, options?: UploadFileOptions): Promise<string>;
  /** `uploadFile` then `create`: resolves with the new document. */
  upload(file: Blob, options: UploadOptions): Promise<Document>;
  /** The file rules in force, defaults filled in, so widgets can state the same limits they enforce. */
  readonly fileRules: Readonly<Defined<FileRules>>;
  /** Downloads a document's file (for previews); with the bearer token only from a trusted origin (see `tokenOrigins`). */
  getFile(document: Document, options?: RequestOptions): Promise<Blob>;
}
