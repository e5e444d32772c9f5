import type { RateLimitStore } from '../erasure-report.js';

/** Options of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** The clock in ms (injected in tests). */
  now?: (() => number) | undefined;
}

/**
 * An in-process sliding-window {@link RateLimitStore}: it remembers when each granted request was reserved and
 * grants a new one only while fewer than `limit` fall within the last `windowMs`. Right for one process; several
 * instances sharing one upstream limit need a shared store (e.g. Redis) implementing the same interface.
 *
 * @example
 * const store = createMemoryRateLimitStore();
 * const waitMs = await store.reserve(key, 200, 30_000); // 0 = go now
 */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const windows = new Map<string, number[]>();
  return {
    reserve(key, limit, windowMs) {
      const at = now();
      const granted = (windows.get(key) ?? []).filter((time) => time > at - windowMs);
      if (granted.length < limit) {
        granted.push(at);
        windows.set(key, granted);
        return Promise.resolve(0);
      }
      if (granted.length === 0) windows.delete(key);
      else windows.set(key, granted);
      const oldestThatMatters = granted[granted.length - limit] ?? at;
      return Promise.resolve(Math.max(1, oldestThatMatters + windowMs - at));
    },
  };
}
