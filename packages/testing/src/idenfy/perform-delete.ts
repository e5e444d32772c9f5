import type { FakeVerificationStatus, IdenfyDeleteFormat } from './fake-idenfy-types.js';
import { idenfyError } from './idenfy-error-response.js';

/** The most scanRefs one batch request accepts. */
export const IDENFY_MAX_SCAN_REFS = 100;

function scanRefsOf(body: unknown, format: IdenfyDeleteFormat): string[] | Response {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (format === 'single') {
    if (!('scanRef' in record)) return idenfyError(400, 'MISSING_VALUE', 'Missing value: scanRef.');
    const { scanRef } = record;
    return typeof scanRef === 'string' && scanRef !== '' ? [scanRef] : idenfyError(400, 'VALIDATION_ERROR', 'scanRef must be a non-empty string.');
  }
  if (!('scanRefs' in record)) return idenfyError(400, 'MISSING_VALUE', 'Missing value: scanRefs.');
  const { scanRefs } = record;
  if (!Array.isArray(scanRefs) || !scanRefs.every((ref): ref is string => typeof ref === 'string' && ref !== '')) {
    return idenfyError(400, 'VALIDATION_ERROR', 'scanRefs must be a list of non-empty strings.');
  }
  if (scanRefs.length === 0 || scanRefs.length > IDENFY_MAX_SCAN_REFS) {
    return idenfyError(400, 'VALIDATION_ERROR', `scanRefs must hold 1 to ${IDENFY_MAX_SCAN_REFS} items, got ${scanRefs.length}.`);
  }
  return scanRefs;
}

/**
 * Deletes in order and stops at the first scanRef that cannot be deleted, naming it: the ones before it stay
 * deleted and the rest untouched — the "halfway" semantics iDenfy documents for batches.
 */
export function performDelete(text: string, format: IdenfyDeleteFormat, store: Map<string, FakeVerificationStatus>): Response {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return idenfyError(400, 'JSON_ERROR', 'Could not parse the request body as JSON.');
  }
  const scanRefs = scanRefsOf(body, format);
  if (scanRefs instanceof Response) return scanRefs;
  for (const scanRef of scanRefs) {
    const state = store.get(scanRef);
    if (state === 'active') {
      return idenfyError(400, 'PARTNER_ERROR', `Token has not expired yet. Scan-ref: ${scanRef}.`, { severity: 'ERROR' });
    }
    if (state !== 'deletable') return idenfyError(400, 'BAD_VALUE', `Scan-ref not found. Scan-ref: ${scanRef}.`);
    store.set(scanRef, 'deleted');
  }
  return new Response(null, { status: 200 });
}
