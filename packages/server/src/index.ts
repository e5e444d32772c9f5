export * from './handler/index.js';
export * from './node/index.js';
export * from './mews/index.js';
export * from './idenfy/index.js';
export { ERASURE_FAILURE_CODES } from './erasure-report.js';
export type { RetryOptions } from './upstream/retry-policy.js';
export type {
  ErasureCallOptions,
  ErasureFailure,
  ErasureFailureCode,
  ErasureReport,
  IdenfyClient,
  MewsCallOptions,
  MewsClient,
  RateLimitStore,
} from './erasure-report.js';
