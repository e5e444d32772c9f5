import type { ErasureReport } from '@iddocs/hooks/erasure';
import type { I18n } from '../i18n/translator.js';
import type { MessageKey } from '../i18n/en/index.js';

/**
 * How one id came out, in words a person understands. The proxy's own message is for the portal's operators (it
 * quotes the partner, in English): `unknown` is an id the partner does not know, most often one erased before.
 */
export type ErasureOutcome = 'deleted' | 'later' | 'retry' | 'unknown' | 'failed' | 'notAttempted';

/** Every id of a report with its outcome, in report order: deleted, failed, not attempted. */
export function erasureOutcomes(report: ErasureReport): { id: string; outcome: ErasureOutcome }[] {
  return [
    ...report.deleted.map((id) => ({ id, outcome: 'deleted' as const })),
    ...report.failed.map(({ id, code, retryable }) => ({
      id,
      outcome: code === 'NOT_YET_DELETABLE' ? ('later' as const) : retryable ? ('retry' as const) : code === 'INVALID_ID' ? ('unknown' as const) : ('failed' as const),
    })),
    ...report.notAttempted.map((id) => ({ id, outcome: 'notAttempted' as const })),
  ];
}

/** "3 deleted, 1 can be deleted later": the counts that are not zero, joined as the locale lists things. */
export function erasureSummary(i18n: I18n, report: ErasureReport): string {
  const counts = new Map<ErasureOutcome, number>();
  for (const { outcome } of erasureOutcomes(report)) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, count]) => i18n.t(`erase.summary.${outcome}` as MessageKey, { count }));
  return new Intl.ListFormat(i18n.locale, { type: 'unit' }).format(parts);
}

/**
 * `earlier` with the outcomes of a retry of some of its ids (`later`) in place of theirs. Ids deleted earlier are not
 * retried, so they stay deleted. Without `earlier`, `later` as is.
 */
export function mergeErasureReports(earlier: ErasureReport | undefined, later: ErasureReport): ErasureReport {
  if (!earlier) return later;
  const retried = new Set(erasureOutcomes(later).map(({ id }) => id));
  const failed = [...earlier.failed.filter(({ id }) => !retried.has(id)), ...later.failed];
  const notAttempted = [...earlier.notAttempted.filter((id) => !retried.has(id)), ...later.notAttempted];
  return { ok: !failed.length && !notAttempted.length, deleted: [...earlier.deleted, ...later.deleted], failed, notAttempted };
}
