import type { RetryOptions } from './client-types.js';
import type { DocumentsError } from './documents-error.js';

/** A retry policy with every default filled in. */
export interface RetryPolicy {
  /** Attempts after the first; `0` = none. */
  limit: number;
  /** First backoff ceiling in ms. */
  baseDelayMs: number;
  /** Largest single wait in ms, also the cap of `Retry-After`. */
  maxDelayMs: number;
}

/** Fills in the defaults of `RetryOptions`; `false` means no retries. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { limit: 0, baseDelayMs: 0, maxDelayMs: 0 };
  return {
    limit: Math.max(0, Math.floor(options?.limit ?? 2)),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? 300),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? 10_000),
  };
}

/** Failures after which the request may or may not have been applied. */
export function isAmbiguousFailure(error: DocumentsError): boolean {
  return error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'SERVER';
}

/** Failures worth another attempt of an idempotent request. */
export function isRetryableFailure(error: DocumentsError): boolean {
  return isAmbiguousFailure(error) || error.code === 'RATE_LIMITED';
}

/**
 * How long to wait before retry number `attempt` (0-based): the server's `Retry-After` when it sent one
 * (capped), else capped exponential backoff with full jitter so that many clients don't retry in step.
 */
export function retryDelayMs(error: DocumentsError, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
