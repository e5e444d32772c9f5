export { createMemoryRateLimitStore } from './create-memory-rate-limit-store.js';
export { rateLimitKey } from './rate-limit-key.js';
export { waitForRateLimit } from './wait-for-rate-limit.js';
export type { MemoryRateLimitStoreOptions } from './create-memory-rate-limit-store.js';
export type { RateLimitSettings } from './wait-for-rate-limit.js';
