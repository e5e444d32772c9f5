export { createMewsClient } from './create-mews-client.js';
// The limiter's default store is public from here until the package barrel exports `./rate-limit/` itself.
export { createMemoryRateLimitStore } from '../rate-limit/create-memory-rate-limit-store.js';
export type { MewsClientOptions, MewsRateLimitOptions } from './mews-client-options.js';
export type { MemoryRateLimitStoreOptions } from '../rate-limit/create-memory-rate-limit-store.js';
