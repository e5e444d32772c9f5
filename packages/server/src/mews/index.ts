export { createMewsClient } from './create-mews-client.js';
export type { MewsClientOptions, MewsRateLimitOptions } from './mews-client-options.js';
