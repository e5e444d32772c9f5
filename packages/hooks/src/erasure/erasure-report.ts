/** Why one id was not erased (the server's `ERASURE_FAILURE_CODES`). */
export type ErasureFailureCode =
  | 'INVALID_ID'
  | 'NOT_YET_DELETABLE'
  | 'UPSTREAM_UNAUTHORIZED'
  | 'UPSTREAM_FORBIDDEN'
  | 'UPSTREAM_NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'REJECTED';

/** One id that was not erased. */
export interface ErasureFailure {
  /** The id as sent. */
  id: string;
  /** Why. */
  code: ErasureFailureCode;
  /** The upstream's message, or the server's. */
  message: string;
  /** Whether the same request may succeed later (e.g. `NOT_YET_DELETABLE`). */
  retryable: boolean;
  /** The upstream's request id, for its support. */
  requestId?: string;
}

/** What the erasure proxy answers: every id in exactly one list; `deleted` only when the upstream confirmed it. */
export interface ErasureReport {
  /** True when every id was deleted. */
  ok: boolean;
  /** Ids the upstream confirmed deleted. */
  deleted: string[];
  /** Ids that failed, with why. */
  failed: ErasureFailure[];
  /** Ids never sent. */
  notAttempted: string[];
}
