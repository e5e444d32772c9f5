/** How the handler treats cross-origin callers; `undefined` allowed origins = CORS off. */
export interface CorsPolicy {
  /** Exact origins allowed (`https://portal.example.com`), or `undefined` for no CORS at all. */
  allowedOrigins: ReadonlySet<string> | undefined;
}

/** Seconds a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE = '600';

/** True when the request may proceed: CORS off, no `Origin` (same-origin or not a browser), or a listed one. */
export function isOriginAllowed(policy: CorsPolicy, origin: string | null): boolean {
  return policy.allowedOrigins === undefined || origin === null || policy.allowedOrigins.has(origin);
}

/** Headers for an answer to `origin`: nothing with CORS off; `Vary: Origin`, plus the allow header when listed. */
export function corsHeaders(policy: CorsPolicy, origin: string | null): Record<string, string> {
  if (policy.allowedOrigins === undefined) return {};
  if (origin === null || !policy.allowedOrigins.has(origin)) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/** Extra headers of a preflight answer (only sent with CORS on, to an allowed origin). */
export function preflightHeaders(policy: CorsPolicy, origin: string | null): Record<string, string> {
  return {
    ...corsHeaders(policy, origin),
    allow: 'POST, OPTIONS',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'Content-Type, Authorization',
    'access-control-max-age': PREFLIGHT_MAX_AGE,
  };
}
