import type { RetryOptions } from '../upstream/index.js';

/** The body format of iDenfy's `POST /api/v2/delete`: many scanRefs per request, or one. */
export type IdenfyDeleteFormat = 'batch' | 'single';

/** Options of `createIdenfyClient`. */
export interface IdenfyClientOptions {
  /** iDenfy API key (the Basic username). Never logged or echoed. */
  apiKey: string;
  /** iDenfy API secret (the Basic password). Never logged or echoed. */
  apiSecret: string;
  /** Origin (and optional path prefix); https, or http for localhost only. Default `'https://ivs.idenfy.com'`. */
  baseUrl?: string | undefined;
  /** `'batch'` sends `{"scanRefs": [...]}` (≤ 100 each); `'single'` sends `{"scanRef": "..."}`. Default `'batch'`. */
  format?: IdenfyDeleteFormat | undefined;
  /** Requests in flight at once in the single format. Default 4. */
  concurrency?: number | undefined;
  /** The fetch to use (a fake's, in tests). Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Deadline of one request in ms, body included. Default 30 000. */
  timeout?: number | undefined;
  /** Retries of 429, 5xx, network errors and timeouts. Default `{ limit: 4, baseDelayMs: 500, maxDelayMs: 30_000 }`. */
  retry?: RetryOptions | undefined;
}
