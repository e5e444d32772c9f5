import type { ErasureFailureCode, ErasureReport } from '../erasure-report.js';
import type { ErasureErrorCode } from './erasure-error-codes.js';

const TRANSPORT_FAILURES: ReadonlySet<ErasureFailureCode> = new Set(['NETWORK', 'TIMEOUT', 'UPSTREAM_ERROR', 'RATE_LIMITED']);

/**
 * How a report is answered. A report where nothing was deleted and every failure is a retryable transport
 * failure means the upstream is unreachable rather than refusing ids: 429 RATE_LIMITED when every failure was
 * a rate limit, else 502 UPSTREAM_UNAVAILABLE — both with the report under `error.report`. Anything else
 * (including partial success and per-id refusals) is a 200 with the report.
 */
export function reportOutcome(report: ErasureReport): 'OK' | Extract<ErasureErrorCode, 'RATE_LIMITED' | 'UPSTREAM_UNAVAILABLE'> {
  if (report.deleted.length > 0 || report.failed.length === 0) return 'OK';
  if (!report.failed.every((failure) => TRANSPORT_FAILURES.has(failure.code))) return 'OK';
  return report.failed.every((failure) => failure.code === 'RATE_LIMITED') ? 'RATE_LIMITED' : 'UPSTREAM_UNAVAILABLE';
}
