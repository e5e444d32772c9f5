import { Buffer } from 'node:buffer';
import { resolveRetryPolicy, type RetryPolicy } from '../upstream/index.js';
import type { IdenfyClientOptions, IdenfyDeleteFormat } from './idenfy-client-options.js';

/** Validated client settings. */
export interface IdenfyConfig {
  /** The full delete endpoint URL. */
  url: string;
  /** The `Authorization: Basic …` value; never put in a message. */
  authorization: string;
  /** Strings that must never leave the client: redacted from any upstream text we pass on. */
  secrets: readonly string[];
  /** Body format. */
  format: IdenfyDeleteFormat;
  /** Requests in flight at once (single format). */
  concurrency: number;
  /** The fetch to use. */
  fetch: typeof globalThis.fetch;
  /** Deadline of one request. */
  timeoutMs: number;
  /** Retry limits and backoff. */
  retry: RetryPolicy;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function requireCredential(value: unknown, name: 'apiKey' | 'apiSecret'): string {
  // The messages name the option, never its value: a misplaced secret must not reach a log through us.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`createIdenfyClient: options.${name} is required (a non-empty string).`);
  }
  if (name === 'apiKey' && value.includes(':')) throw new TypeError('createIdenfyClient: options.apiKey must not contain ":".');
  return value;
}

function resolveUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError('createIdenfyClient: options.baseUrl must be an absolute URL.');
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure) throw new TypeError('createIdenfyClient: options.baseUrl must use https (http only for localhost).');
  if (url.username !== '' || url.password !== '') throw new TypeError('createIdenfyClient: options.baseUrl must not hold credentials.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/api/v2/delete`;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`createIdenfyClient: options.${name} must be a positive number.`);
  return value;
}

/** Checks the options and fills in defaults; throws `TypeError`/`RangeError` naming the faulty option. */
export function resolveIdenfyConfig(options: IdenfyClientOptions): IdenfyConfig {
  const apiKey = requireCredential(options.apiKey, 'apiKey');
  const apiSecret = requireCredential(options.apiSecret, 'apiSecret');
  const format = options.format ?? 'batch';
  if (format !== 'batch' && format !== 'single') throw new TypeError('createIdenfyClient: options.format must be "batch" or "single".');
  const encoded = Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    url: resolveUrl(options.baseUrl ?? 'https://ivs.idenfy.com'),
    authorization: `Basic ${encoded}`,
    secrets: [encoded, apiSecret, apiKey],
    format,
    concurrency: Math.floor(positive(options.concurrency, 4, 'concurrency')) || 1,
    fetch: fetchImpl,
    timeoutMs: positive(options.timeout, 30_000, 'timeout'),
    retry: resolveRetryPolicy(options.retry),
  };
}
