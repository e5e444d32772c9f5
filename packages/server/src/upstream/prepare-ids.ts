import type { ErasureReportBuilder } from './erasure-report-builder.js';

/**
 * De-duplicates `ids` (first occurrence wins) and returns the non-empty strings to send; every other value is
 * settled at once in `report` as `INVALID_ID` (reported under its `String()` form), so it is never sent.
 */
export function prepareIds(ids: readonly unknown[], report: ErasureReportBuilder, label: string): string[] {
  if (!Array.isArray(ids)) throw new TypeError(`${label} must be an array of ids.`);
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const value of ids) {
    const id = typeof value === 'string' ? value : String(value);
    if (seen.has(id)) continue;
    seen.add(id);
    if (typeof value === 'string' && value.trim() !== '') valid.push(value);
    else report.failed([id], 'INVALID_ID', { message: 'Not an id: ids must be non-empty strings. It was not sent.' });
  }
  return valid;
}

/** Splits `items` into consecutive chunks of at most `size`: the fewest possible. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
