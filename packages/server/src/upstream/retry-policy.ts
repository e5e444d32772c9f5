/** How an upstream client retries. */
export interface RetryOptions {
  /** Retries after the first attempt; `0` = none. */
  limit?: number | undefined;
  /** Ceiling of the first backoff in ms; it doubles on each retry. */
  baseDelayMs?: number | undefined;
  /** Largest single wait in ms, also the cap applied to `Retry-After`. */
  maxDelayMs?: number | undefined;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = { [K in keyof RetryOptions]-?: number };

/** Mews' advice turned into numbers: 4 retries, 500 ms first ceiling, 30 s cap (one Mews rate-limit window). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { limit: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

function pick(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Fills in defaults (`limit` 4, `baseDelayMs` 500, `maxDelayMs` 30 000 unless other defaults are given). */
export function resolveRetryPolicy(options: RetryOptions | undefined, defaults: RetryPolicy = DEFAULT_RETRY_POLICY): RetryPolicy {
  return {
    limit: Math.floor(pick(options?.limit, defaults.limit)),
    baseDelayMs: pick(options?.baseDelayMs, defaults.baseDelayMs),
    maxDelayMs: pick(options?.maxDelayMs, defaults.maxDelayMs),
  };
}

/**
 * Capped exponential backoff with full jitter before retry number `attempt` (0-based): a uniform random wait
 * in `[0, min(maxDelayMs, baseDelayMs · 2^attempt))`, so that many clients failing together don't retry in step.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/** The wait before a retry: the upstream's `Retry-After` when it sent one (capped at `maxDelayMs`), else backoff. */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  return backoffDelayMs(attempt, policy, random);
}
