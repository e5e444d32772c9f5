/** A fetch-standard request handler: the shape every fake in this package has. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** The routes of the fake documents API that faults can target. */
export type DocumentsRoute = 'list' | 'get' | 'create' | 'delete' | 'upload' | 'file';

/** One injected misbehaviour. */
export type Fault =
  /** Answer with this status (JSON error body unless `body` given; no body for 204, 205, 304); 429/503 carry `Retry-After` when set. */
  | { type: 'status'; status: number; body?: unknown; retryAfterSeconds?: number }
  /**
   * Wait `ms`: `when: 'before'` (default) before handling, and an aborted request is then not handled; `'after'`
   * handles it, then waits before answering — an applied request whose answer comes late (a client timeout or cancel
   * then cannot tell it was applied).
   */
  | { type: 'latency'; ms: number; when?: 'before' | 'after' }
  /** Drop the connection: `when: 'before'` (default) does nothing; `'after'` performs the operation, then drops — the ambiguous failure. */
  | { type: 'drop'; when?: 'before' | 'after' }
  /** Perform the request, then answer its success with a 200 whose body is not valid JSON; a refused request keeps its error status. */
  | { type: 'malformed-json' }
  /** (list, get, create) Performs the operation but reports this raw `status` value on every returned document. */
  | { type: 'unknown-status'; status: string }
  /** (list only) wraps the array in `{ [key]: [...], total }`. */
  | { type: 'envelope'; key: 'data' | 'items' }
  /** (create, upload) Reads the request body at most this fast (bytes/second), so uploads take observable time. */
  | { type: 'throttle'; bytesPerSecond: number };

/** How many requests an injected fault applies to. */
export interface InjectOptions {
  /** How many matching requests the fault applies to. Default 1. `Infinity` = until cleared. */
  times?: number;
}

/** A document as the fake stores and returns it (our best guess of the real wire shape). */
export interface FakeDocument {
  id: number;
  typeId: number;
  type: { id: number; name: string };
  status: string;
  file: string;
  fileName: string;
  fileUrl: string;
  mimeType: string;
  size: number;
  comment?: string;
  createTime: string;
  updateTime: string;
}

/** A seeded document; the fake fills in ids, paths and times. */
export interface FakeDocumentSeed {
  typeId: number;
  status: 'pending' | 'approved' | 'rejected' | (string & {});
  fileName: string;
  /** File bytes served back by the file route. Default: a small valid image of the file name's kind. */
  bytes?: Uint8Array;
  comment?: string;
  createTime?: string;
}

/** Persist the fake's state between runs (used by the demo). */
export interface FakeDocumentsStorage {
  load(): FakeDocumentsSnapshot | undefined | Promise<FakeDocumentsSnapshot | undefined>;
  save(snapshot: FakeDocumentsSnapshot): void | Promise<void>;
}

/** The fake's whole state, as `storage` saves and loads it. */
export interface FakeDocumentsSnapshot {
  nextId: number;
  documents: FakeDocument[];
  /** Stored uploads: path → base64 bytes and media type. */
  files: Record<string, { base64: string; mimeType: string; fileName: string }>;
}

/** Options of `createFakeDocumentsApi`. */
export interface FakeDocumentsApiOptions {
  /** Tokens accepted as `Authorization: Bearer …`. Default `['test-token']`. */
  accessTokens?: readonly string[];
  /** Seed documents; `false` for an empty account. Default: a few with every status. */
  seed?: readonly FakeDocumentSeed[] | false;
  /** Document type ids `create` accepts. Default 1–6. */
  typeIds?: readonly number[];
  /**
   * Answers `create` for a file that already has a document with 409 `FILE_ALREADY_USED` instead of a second
   * document. Whether the real API does is not documented. It is what keeps a browser's silent resend of a `create`
   * (a kept-alive connection dropped before the answer) from making a duplicate. Default `false`.
   */
  uniqueFiles?: boolean;
  /** Largest upload accepted, in bytes (413 beyond). Default 25 MiB. */
  maxUploadBytes?: number;
  /** Origins allowed by CORS (preflight answered, headers set); `'*'` for any. Default: none. */
  corsOrigins?: string[] | '*';
  /** Mounts a JSON control API under this path (POST `faults`, DELETE `faults`, POST `reset`), for browser tests and the demo. Default: off. */
  controlPath?: string;
  /** Clock, for deterministic times. */
  now?: () => Date;
  /** Optional persistence. */
  storage?: FakeDocumentsStorage;
}

/** One request the fake saw, for assertions. */
export interface RecordedRequest {
  method: string;
  /** Path without origin, with query string. */
  url: string;
  route: DocumentsRoute | 'unknown' | 'control' | 'preflight';
  headers: Record<string, string>;
  /** The parsed JSON body of create requests. */
  body?: unknown;
}

/** A fake of the v2 documents API, with fault injection: from `createFakeDocumentsApi`. */
export interface FakeDocumentsApi {
  /** The fetch-standard handler. Unknown paths → 404 JSON. */
  handler: FetchHandler;
  /** Adds a fault for the next request(s) to `route` (`'*'` = the next route it applies to); throws on a fault that never applies to `route`. */
  inject(route: DocumentsRoute | '*', fault: Fault, options?: InjectOptions): void;
  /** Removes every pending fault. */
  clearFaults(): void;
  /** Every request seen so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Current documents, newest first (the list order). */
  documents(): FakeDocument[];
  /** Restores the seed and clears faults and the request log. */
  reset(): void;
  /** The mounted control API path (`options.controlPath`, without a trailing slash), if any. */
  readonly controlPath?: string;
}
