import { jsonResponse } from '../handler/json-response.js';

// URL parsing rewrites these before any route is matched: `//host/…` and `/\host/…` become another host, and
// `.`/`..` segments (also as %2e) are resolved away, so `/static/%2e%2e/api/erasure/…` would reach an erasure
// route that the app's own routing never saw. Refused rather than normalised: no client of ours sends them.
const ENCODED_DOT = /%2e/gi;

/** Why the raw request target (path and query) must be refused, or `undefined` when it is in normal form. */
export function requestTargetProblem(target: string): string | undefined {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  if (path.startsWith('//')) return 'The request path starts with "//", which URL parsing reads as another host.';
  if (path.includes('\\')) return 'The request path holds a backslash, which URL parsing reads as "/".';
  const dotted = path.split('/').some((segment) => {
    const decoded = segment.replace(ENCODED_DOT, '.');
    return decoded === '.' || decoded === '..';
  });
  if (dotted) return 'The request path holds a "." or ".." segment (raw or percent-encoded); send the path without them.';
  return undefined;
}

/**
 * The 400 for such a target. An HTTP-level refusal of the Node adapter, like Node's own 400 for a malformed
 * request line, so its code is not in ERASURE_ERROR_CODES: browsers resolve dot segments before sending, so
 * the browser client can never receive it.
 */
export function badRequestTarget(problem: string): Response {
  return jsonResponse(400, { error: { code: 'BAD_REQUEST_TARGET', message: problem } });
}
