import type { FetchHandler, InjectOptions } from '../fake-documents-types.js';

/** How a seeded verification answers a deletion: `'active'` = "Token has not expired yet". */
export type FakeVerificationState = 'deletable' | 'active';

/** A verification's state as the fake holds it now. */
export type FakeVerificationStatus = FakeVerificationState | 'deleted';

/** The body format of `POST /api/v2/delete`: `{"scanRefs": [...]}` or `{"scanRef": "..."}`. */
export type IdenfyDeleteFormat = 'batch' | 'single';

/** One injected misbehaviour of the fake iDenfy; each request takes at most one (the oldest pending). */
export type IdenfyFault =
  /** Answer with this status and `body` (default: an iDenfy-style error body for the status; none for 204, 205, 304); nothing is deleted. */
  | { type: 'status'; status: number; body?: unknown }
  /** Wait `ms`: `when: 'before'` (default) before handling (an aborted request deletes nothing); `'after'` deletes, then waits before answering. */
  | { type: 'latency'; ms: number; when?: 'before' | 'after' }
  /** Reset the connection: `when: 'before'` (default) deletes nothing; `'after'` deletes, then drops — the ambiguous failure. */
  | { type: 'drop'; when?: 'before' | 'after' }
  /** Handle the request, then answer its status with a body cut in half (not valid JSON). */
  | { type: 'malformed-json' };

/** Options of `createFakeIdenfy`. */
export interface FakeIdenfyOptions {
  /** Accepted Basic username. Default `'test-idenfy-key'`. */
  apiKey?: string;
  /** Accepted Basic password. Default `'test-idenfy-secret'`. */
  apiSecret?: string;
  /** Accepted body format. Default `'batch'`. */
  format?: IdenfyDeleteFormat;
  /** Known verifications by scanRef; any other scanRef is unknown (`BAD_VALUE`). Default: none. */
  verifications?: Readonly<Record<string, FakeVerificationState>>;
  /** Authenticated requests allowed per sliding window before `429 TOO_MANY_REQUESTS` (no `Retry-After`). */
  rateLimit?: { limit?: number; windowMs?: number };
  /** Clock in ms, for the rate limit. Default `Date.now`. */
  now?: () => number;
}

/** One request the fake saw; the `authorization` header is redacted. */
export interface IdenfyRecordedRequest {
  /** HTTP method. */
  method: string;
  /** Path and query, without origin. */
  url: string;
  /** Request headers, lower-case names; `authorization` is `'[REDACTED]'` when present. */
  headers: Record<string, string>;
  /** The parsed JSON body, or its raw text when it is not JSON. */
  body?: unknown;
  /** The status answered; absent when the connection was dropped. */
  status?: number;
}

/** A fake iDenfy deletion API with fault injection. */
export interface FakeIdenfy {
  /** The fetch-standard handler (`POST /api/v2/delete`). */
  handler: FetchHandler;
  /** Adds a fault for the next request(s) to the delete route. */
  inject(fault: IdenfyFault, options?: InjectOptions): void;
  /** Removes every pending fault. */
  clearFaults(): void;
  /** Every request seen so far, oldest first. */
  readonly requests: readonly IdenfyRecordedRequest[];
  /** Every verification (seeded) and its current state. */
  verifications(): Record<string, FakeVerificationStatus>;
  /** Restores the seed and clears faults, the rate-limit window and the request log. */
  reset(): void;
}
