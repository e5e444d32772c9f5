import type { CorsPolicy } from './cors-headers.js';
import type { ErasureHandlerOptions } from './erasure-handler-types.js';

/** Request headers a listed origin may send besides Content-Type, unless `allowedHeaders` says otherwise. */
export const DEFAULT_ALLOWED_HEADERS: readonly string[] = ['Authorization', 'X-CSRF-Token', 'X-Requested-With'];

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;

/** Checks `allowedOrigins` and `allowedHeaders` at creation; throws a `TypeError` naming the faulty option. */
export function resolveCorsPolicy(
  allowedOrigins: ErasureHandlerOptions['allowedOrigins'],
  allowedHeaders: ErasureHandlerOptions['allowedHeaders'],
): CorsPolicy {
  if (allowedOrigins !== undefined && (!Array.isArray(allowedOrigins) || !allowedOrigins.every((origin) => typeof origin === 'string'))) {
    throw new TypeError('createErasureHandler: allowedOrigins must be an array of origins such as "https://portal.example.com".');
  }
  if (allowedOrigins?.includes('*')) {
    // Credentials are allowed for listed origins, and "any origin with credentials" is what CORS exists to prevent.
    throw new TypeError('createErasureHandler: allowedOrigins does not accept "*"; list each origin, such as "https://portal.example.com".');
  }
  const headers = allowedHeaders ?? DEFAULT_ALLOWED_HEADERS;
  if (!Array.isArray(headers) || !headers.every((name) => typeof name === 'string' && HEADER_NAME.test(name))) {
    throw new TypeError('createErasureHandler: allowedHeaders must be an array of header names such as "X-CSRF-Token".');
  }
  // Content-Type is always allowed: every call must send application/json, which needs a preflight to allow it.
  const names = ['Content-Type', ...headers.filter((name) => name.toLowerCase() !== 'content-type')];
  return {
    allowedOrigins: allowedOrigins === undefined ? undefined : new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, ''))),
    allowedHeaders: names.join(', '),
  };
}
