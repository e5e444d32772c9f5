import type { ErasureReport } from './erasure-report.js';

/**
 * The codes the proxy answers with (`@iddocs/server`'s `ERASURE_ERROR_CODES`). Another layer's `{ error: { code } }`
 * (a session middleware's `UNAUTHENTICATED`) is no code of ours: the client reads it as `INVALID_RESPONSE`.
 */
export const PROXY_ERROR_CODES = [
  'BAD_JSON',
  'INVALID_BODY',
  'INVALID_IDS',
  'FORBIDDEN',
  'ORIGIN_NOT_ALLOWED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'BODY_ALREADY_READ',
  'INTERNAL',
] as const;

/**
 * Every way an erasure call can fail: the proxy's codes (`FORBIDDEN`, `INVALID_IDS`, `UPSTREAM_UNAVAILABLE`, …)
 * plus the browser's own (`NETWORK`, `TIMEOUT`, `ABORTED`, `INVALID_RESPONSE`).
 */
export type ErasureErrorCode = (typeof PROXY_ERROR_CODES)[number] | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'INVALID_RESPONSE';

/** The one error type of the erasure client and hooks. */
export class ErasureError extends Error {
  override readonly name = 'ErasureError';
  /** What went wrong. */
  readonly code: ErasureErrorCode;
  /** HTTP status, when the proxy answered. */
  readonly status: number | undefined;
  /** The per-id report, when the proxy sent one (429 and 502 carry it: nothing was deleted). */
  readonly report: ErasureReport | undefined;

  constructor(code: ErasureErrorCode, message: string, options: { status?: number; report?: ErasureReport; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.report = options.report;
  }
}

/** Type guard that also works across realms, by name. */
export function isErasureError(value: unknown): value is ErasureError {
  return value instanceof Error && value.name === 'ErasureError';
}
