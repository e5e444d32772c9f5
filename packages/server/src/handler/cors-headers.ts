/** How the handler treats cross-origin callers; `undefined` allowed origins = CORS off. */
export interface CorsPolicy {
  /** Exact origins allowed (`https://portal.example.com`), or `undefined` for no CORS at all. */
  allowedOrigins: ReadonlySet<string> | undefined;
  /** The preflight's `Access-Control-Allow-Headers` value (Content-Type and the configured headers). */
  allowedHeaders: string;
}

/** Seconds a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE = '600';

/** True when the request may proceed: CORS off, no `Origin` (same-origin or not a browser), or a listed one. */
export function isOriginAllowed(policy: CorsPolicy, origin: string | null): boolean {
  return policy.allowedOrigins === undefined || origin === null || policy.allowedOrigins.has(origin);
}

/**
 * Headers for an answer to `origin`: nothing with CORS off; `Vary: Origin`, plus the allow headers when listed.
 * A listed origin may send credentials (the app's session cookie is what `authorize` checks); the origin is
 * always echoed exactly, never `*`, which browsers refuse with credentials anyway.
 */
export function corsHeaders(policy: CorsPolicy, origin: string | null): Record<string, string> {
  if (policy.allowedOrigins === undefined) return {};
  if (origin === null || !policy.allowedOrigins.has(origin)) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/** Extra headers of a preflight answer (only sent with CORS on, to an allowed origin). */
export function preflightHeaders(policy: CorsPolicy, origin: string | null): Record<string, string> {
  return {
    ...corsHeaders(policy, origin),
    allow: 'POST, OPTIONS',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': policy.allowedHeaders,
    'access-control-max-age': PREFLIGHT_MAX_AGE,
  };
}
