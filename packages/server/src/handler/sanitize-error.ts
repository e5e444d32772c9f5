import type { ErasureErrorCode } from './erasure-error-codes.js';
import type { ErasureErrorStage, ErasureOperation, SanitizedError } from './erasure-handler-types.js';

const MAX_MESSAGE = 500;

// Credential-looking values an error message may have picked up (an echoed body, an auth header, a URL).
const REDACTIONS: readonly [RegExp, string][] = [
  [/\b(Basic|Bearer)\s+[\w+/=.~-]+/gi, '$1 ***'],
  [/("?(?:ClientToken|AccessToken|apiKey|apiSecret|api_key|api_secret|secret|password|token|authorization)"?\s*[:=]\s*)("[^"]*"|[^\s,;}&]+)/gi, '$1***'],
  [/\/\/[^/\s:@]+:[^/\s@]+@/g, '//***@'],
];

/**
 * Turns anything thrown into a {@link SanitizedError}: only `name` and a redacted, capped `message` survive —
 * never `cause`, `stack` or extra properties, where a request (and its credentials) could hide.
 */
export function sanitizeError(error: unknown, stage: ErasureErrorStage, code: ErasureErrorCode | 'OK', operation?: ErasureOperation): SanitizedError {
  const name = error instanceof Error && /^\w{1,60}$/.test(error.name) ? error.name : typeof error;
  let message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'A non-Error value was thrown.';
  for (const [pattern, replacement] of REDACTIONS) message = message.replace(pattern, replacement);
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE)}…`;
  return operation === undefined ? { stage, name, message, code } : { stage, operation, name, message, code };
}
