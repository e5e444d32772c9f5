import type { RateLimitStore } from '../erasure-report.js';
import { abortableSleep } from '../upstream/abortable-sleep.js';

/** Settings of one upstream's limit. */
export interface RateLimitSettings {
  store: RateLimitStore;
  limit: number;
  windowMs: number;
}

/**
 * Waits until `store` grants a slot for `key`, asking again after each wait it is told. Resolves `true` once a
 * slot is reserved, `false` when `signal` aborted first (no slot is then held).
 */
export async function waitForRateLimit(settings: RateLimitSettings, key: string, signal?: AbortSignal): Promise<boolean> {
  for (;;) {
    if (signal?.aborted === true) return false;
    const waitMs = await settings.store.reserve(key, settings.limit, settings.windowMs);
    if (waitMs <= 0) return true;
    if (!(await abortableSleep(waitMs, signal))) return false;
  }
}
