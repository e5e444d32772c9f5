import type { RateLimitStore } from '../erasure-report.js';
import type { RetryOptions } from '../upstream/retry-policy.js';

/** Options of {@link createMewsClient}. */
export interface MewsClientOptions {
  /** Mews PlatformAddress, e.g. `'https://api.mews-demo.com'`; `https:` (or `http:` for localhost only). */
  platformAddress: string;
  /** Mews ClientToken (sent in the JSON body, never logged). */
  clientToken: string;
  /** Mews AccessToken (sent in the JSON body, never logged; hashed for rate limiting). */
  accessToken: string;
  /** Your client's name and version, e.g. `'Acme Portal 1.0.0'`. */
  client: string;
  /** Default `ChainId`, required by Portfolio Access Tokens; a call's `chainId` overrides it. */
  chainId?: string | undefined;
  /** The fetch to use. Default: the global `fetch` at call time. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Deadline of each attempt in ms, body included. Default 30 000. */
  timeout?: number | undefined;
  /** Client-side limiter (before every request); `false` to turn it off. Default: in-process, 200 per 30 s. */
  rateLimit?: MewsRateLimitOptions | false | undefined;
  /** Retries of 429, 409, 5xx, network errors and timeouts. Default 4 retries, 500 ms base, 30 s cap. */
  retry?: RetryOptions | undefined;
}

/** Client-side rate limiting of a Mews client. */
export interface MewsRateLimitOptions {
  /** Where reservations are counted; share one (e.g. Redis) across instances using the same AccessToken. Default: a store of this client. */
  store?: RateLimitStore | undefined;
  /** Requests per window. Default 200 (Mews: 200 per AccessToken per 30 s). */
  limit?: number | undefined;
  /** Window in ms. Default 30 000. */
  windowMs?: number | undefined;
  /**
   * Extra ms counted on top of `windowMs`, because we count when a request leaves and Mews when it arrives, and
   * latency varies. Default 1 000; never more than half the window.
   */
  marginMs?: number | undefined;
}
