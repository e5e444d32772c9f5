import type { KyInstance } from 'ky';
import type { AuthSession } from './auth-session.js';
import type { FileKind, UploadFunction } from './client-types.js';
import type { RetryPolicy } from './retry-policy.js';

/** Upload endpoint options with every default filled in. */
export interface UploadEndpoint {
  /** Where the multipart body goes, relative to `baseUrl`. */
  url: string;
  /** Multipart field of the file. */
  fieldName: string;
  /** Extra multipart fields. */
  fields: Record<string, string>;
  /** Reads the stored path from the response JSON. */
  getPath: (responseJson: unknown) => string | undefined;
}

/** File rules with every default filled in. */
export interface ResolvedFileRules {
  /** Kinds accepted, by content. */
  accept: readonly FileKind[];
  /** Largest size in bytes. */
  maxSize: number;
  /** Smallest size in bytes. */
  minSize: number;
}

/** Everything the client's operations share, resolved once by `createDocumentsClient`. */
export interface ClientContext {
  /** Absolute base URL with a trailing slash. */
  baseUrl: string;
  /** ky instance with retries and HTTP errors off: this client maps statuses and retries itself. */
  http: KyInstance;
  /** Token fetching and 401 refresh. */
  auth: AuthSession;
  /** Extra headers on every request. */
  headers: Record<string, string>;
  /** Per-request timeout of JSON calls in ms. */
  timeout: number;
  /** Retry policy of GET and DELETE (and of create's one recovery). */
  retry: RetryPolicy;
  /** File content rules. */
  files: ResolvedFileRules;
  /** The upload step. */
  upload: UploadEndpoint | UploadFunction;
}
