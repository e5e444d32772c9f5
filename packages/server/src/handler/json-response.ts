import type { ErasureReport } from '../erasure-report.js';
import { ERASURE_ERROR_CODES, type ErasureErrorCode } from './erasure-error-codes.js';

/** Headers on every answer: JSON, never cached, never sniffed. */
export const SECURITY_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** A JSON answer with {@link SECURITY_HEADERS} plus `headers`. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const merged = new Headers(headers);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) merged.set(name, value);
  return new Response(JSON.stringify(body), { status, headers: merged });
}

/** The error body: `{ error: { code, message, report? } }`. */
export interface ErasureErrorBody {
  /** What went wrong. */
  error: {
    /** From {@link ERASURE_ERROR_CODES}. */
    code: ErasureErrorCode;
    /** What happened and what to do, never a credential. */
    message: string;
    /** With 429/502: the per-id outcome (nothing deleted). */
    report?: ErasureReport;
  };
}

/** An error answer whose status comes from the code table. */
export function errorResponse(code: ErasureErrorCode, message: string, headers: Record<string, string> = {}, report?: ErasureReport): Response {
  const body: ErasureErrorBody = { error: report === undefined ? { code, message } : { code, message, report } };
  return jsonResponse(ERASURE_ERROR_CODES[code].status, body, headers);
}
