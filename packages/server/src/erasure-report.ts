/**
 * Why one id was not erased. `retryable` failures may succeed later unchanged; the rest need a person.
 * One table so that clients, the handler, the browser and audit logs agree on names.
 */
export const ERASURE_FAILURE_CODES = {
  /** The upstream refused the id as malformed or unknown (Mews 400 "Invalid …", iDenfy BAD_VALUE…). */
  INVALID_ID: { retryable: false },
  /** iDenfy: the verification is still active ("Token has not expired yet"); try again later. */
  NOT_YET_DELETABLE: { retryable: true },
  /** Our credentials were refused (Mews 401, iDenfy 401/402/403): a configuration fault. */
  UPSTREAM_UNAUTHORIZED: { retryable: false },
  /** Mews 403: a business rule refused it; `message` is meant for the end user. */
  UPSTREAM_FORBIDDEN: { retryable: false },
  /** The upstream address is wrong (404): a configuration fault. */
  UPSTREAM_NOT_FOUND: { retryable: false },
  /** Still rate limited after our retries. */
  RATE_LIMITED: { retryable: true },
  /** 5xx, 409 or 408 after our retries. */
  UPSTREAM_ERROR: { retryable: true },
  /** Connection failed or reset after our retries. */
  NETWORK: { retryable: true },
  /** No answer in time after our retries. */
  TIMEOUT: { retryable: true },
  /** Any other refusal. */
  REJECTED: { retryable: false },
} as const satisfies Record<string, { retryable: boolean }>;

/** Why one id was not erased (a key of `ERASURE_FAILURE_CODES`, which says whether trying again can help). */
export type ErasureFailureCode = keyof typeof ERASURE_FAILURE_CODES;

/** One id that was not erased. */
export interface ErasureFailure {
  /** The input id. */
  id: string;
  /** Why, from {@link ERASURE_FAILURE_CODES}. */
  code: ErasureFailureCode;
  /** The upstream's message (never a credential), or ours. */
  message: string;
  /** Whether the same request may succeed later. */
  retryable: boolean;
  /** The upstream's request id, for its support (Mews `Request-Id`). */
  requestId?: string;
}

/**
 * The outcome of one erasure call: every input id (after de-duplication) is in exactly one list,
 * and an id is in `deleted` only when the upstream confirmed it.
 */
export interface ErasureReport {
  /** True when every id was deleted. */
  ok: boolean;
  /** Ids the upstream confirmed deleted. */
  deleted: string[];
  /** Ids that failed, with why. */
  failed: ErasureFailure[];
  /** Ids never sent (e.g. the call was aborted first). */
  notAttempted: string[];
}

/** Options every erasure call accepts. */
export interface ErasureCallOptions {
  /** Aborts the remaining work; ids not yet confirmed are reported `notAttempted` or failed, never deleted. */
  signal?: AbortSignal | undefined;
}

/** Mews calls also take the portfolio `ChainId`. */
export interface MewsCallOptions extends ErasureCallOptions {
  /** Required for Portfolio Access Tokens, ignored otherwise; overrides the client's default. */
  chainId?: string | undefined;
}

/** Deletes identity documents at Mews (Connector API). */
export interface MewsClient {
  /** `identityDocuments/delete` in chunks of ≤ 100 ids. */
  deleteIdentityDocuments(identityDocumentIds: readonly string[], options?: MewsCallOptions): Promise<ErasureReport>;
  /** `identityDocuments/clear` in chunks of ≤ 10 customer ids: deletes all their identity documents. */
  clearIdentityDocuments(customerIds: readonly string[], options?: MewsCallOptions): Promise<ErasureReport>;
}

/** Deletes verification data (photos, parsed data) at iDenfy. */
export interface IdenfyClient {
  /** `POST /api/v2/delete`, batch or single format. */
  deleteVerifications(scanRefs: readonly string[], options?: ErasureCallOptions): Promise<ErasureReport>;
}

/** Shared rate-limit state, so several instances of a deployment stay under one upstream limit together. */
export interface RateLimitStore {
  /**
   * Reserves one request slot for `key` in a sliding window of `windowMs` holding at most `limit` requests.
   * Resolves with 0 when the slot is reserved now, else with the ms to wait before asking again.
   */
  reserve(key: string, limit: number, windowMs: number): Promise<number>;
}
