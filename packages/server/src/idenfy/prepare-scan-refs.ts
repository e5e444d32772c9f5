/** The most scanRefs iDenfy accepts in one batch request. */
export const IDENFY_BATCH_LIMIT = 100;

/** The input split into ids to send (de-duplicated, in order) and ids refused before sending. */
export interface PreparedScanRefs {
  /** Every distinct input id, in first-seen order: the ids the report accounts for. */
  all: string[];
  /** The valid ones, to send. */
  valid: string[];
  /** The invalid ones (empty, blank, over-long, not a string). */
  invalid: string[];
}

const MAX_LENGTH = 256;

/** De-duplicates and validates scanRefs; a non-string input is reported under its `String()` form. */
export function prepareScanRefs(scanRefs: readonly unknown[]): PreparedScanRefs {
  const prepared: PreparedScanRefs = { all: [], valid: [], invalid: [] };
  const seen = new Set<string>();
  for (const value of scanRefs) {
    const id = typeof value === 'string' ? value : String(value);
    if (seen.has(id)) continue;
    seen.add(id);
    prepared.all.push(id);
    const ok = typeof value === 'string' && value.trim() !== '' && value.length <= MAX_LENGTH;
    (ok ? prepared.valid : prepared.invalid).push(id);
  }
  return prepared;
}
