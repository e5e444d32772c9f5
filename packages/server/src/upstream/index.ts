export { abortableSleep } from './abortable-sleep.js';
export { fetchWithTimeout } from './fetch-with-timeout.js';
export { parseRetryAfter } from './parse-retry-after.js';
export { redactSecrets } from './redact-secrets.js';
export { backoffDelayMs, DEFAULT_RETRY_POLICY, resolveRetryPolicy, retryDelayMs } from './retry-policy.js';
export type { UpstreamRequest, UpstreamResult } from './fetch-with-timeout.js';
export type { RetryOptions, RetryPolicy } from './retry-policy.js';
