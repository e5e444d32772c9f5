import type { RateLimitSettings } from '../rate-limit/wait-for-rate-limit.js';
import { createMemoryRateLimitStore } from '../rate-limit/create-memory-rate-limit-store.js';
import { rateLimitKey } from '../rate-limit/rate-limit-key.js';
import { resolveRetryPolicy, type RetryPolicy } from '../upstream/retry-policy.js';
import type { MewsClientOptions } from './mews-client-options.js';

/** {@link MewsClientOptions} checked, with defaults filled in. */
export interface ResolvedMewsOptions {
  /** The address without trailing slashes. */
  baseUrl: string;
  clientToken: string;
  accessToken: string;
  client: string;
  chainId: string | undefined;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  /** `undefined` when turned off. */
  rateLimit: RateLimitSettings | undefined;
  rateLimitKey: string;
  retry: RetryPolicy;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function requireString(options: MewsClientOptions, name: 'platformAddress' | 'clientToken' | 'accessToken' | 'client'): string {
  const value: unknown = (options as unknown as Record<string, unknown>)[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`createMewsClient: \`${name}\` is required and must be a non-empty string.`);
  }
  return value;
}

function checkAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new TypeError('createMewsClient: `platformAddress` must be an absolute URL such as https://api.mews.com.');
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) throw new TypeError('createMewsClient: `platformAddress` must use https (http is allowed for localhost only).');
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new TypeError('createMewsClient: `platformAddress` must not carry credentials, a query or a fragment.');
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Margin added to the window we count: we reserve a slot before sending, Mews counts on arrival, and
 * latency is uneven (a first TLS handshake can take far longer than later requests), so without it our last
 * allowed request could land inside Mews' window. Default 1 s, at most half the window.
 */
function windowMarginMs(windowMs: number, marginMs: number | undefined): number {
  const wanted = marginMs !== undefined && marginMs >= 0 ? marginMs : 1000;
  return Math.min(wanted, Math.floor(windowMs / 2));
}

/** Validates options; messages name the faulty option, never a credential's value. */
export function resolveMewsOptions(options: MewsClientOptions): ResolvedMewsOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('createMewsClient: options are required.');
  const baseUrl = checkAddress(requireString(options, 'platformAddress'));
  const clientToken = requireString(options, 'clientToken');
  const accessToken = requireString(options, 'accessToken');
  const client = requireString(options, 'client');
  if (options.chainId !== undefined && (typeof options.chainId !== 'string' || options.chainId.trim() === '')) {
    throw new TypeError('createMewsClient: `chainId` must be a non-empty string when given.');
  }
  const timeoutMs = options.timeout ?? 30_000;
  if (!(timeoutMs > 0)) throw new TypeError('createMewsClient: `timeout` must be a positive number of ms.');
  let rateLimit: RateLimitSettings | undefined;
  if (options.rateLimit !== false) {
    const limit = options.rateLimit?.limit ?? 200;
    const windowMs = options.rateLimit?.windowMs ?? 30_000;
    if (!(limit >= 1) || !(windowMs > 0)) throw new TypeError('createMewsClient: `rateLimit` needs limit ≥ 1 and windowMs > 0.');
    const store = options.rateLimit?.store ?? createMemoryRateLimitStore();
    rateLimit = { store, limit: Math.floor(limit), windowMs: windowMs + windowMarginMs(windowMs, options.rateLimit?.marginMs) };
  }
  return {
    baseUrl,
    clientToken,
    accessToken,
    client,
    chainId: options.chainId,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs,
    rateLimit,
    rateLimitKey: rateLimitKey('mews', accessToken),
    retry: resolveRetryPolicy(options.retry),
  };
}
