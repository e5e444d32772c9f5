import { ERASURE_FAILURE_CODES, type ErasureFailure, type ErasureFailureCode, type ErasureReport } from '../erasure-report.js';

/** Why a scanRef's fate is unknown: a request carrying it got no clear answer. */
export interface Uncertainty {
  /** The code to report if nothing clearer comes. */
  code: 'UPSTREAM_ERROR' | 'NETWORK' | 'TIMEOUT';
  /** What went wrong. */
  message: string;
}

/**
 * Collects one call's outcome so that every id lands in exactly one list, and only confirmed ids in `deleted`.
 * Ids left unsettled at the end are `notAttempted`, unless a request carrying them went unanswered: then failed.
 */
export class ErasureTally {
  private readonly outcome = new Map<string, { deleted: true } | ErasureFailure>();
  private readonly uncertain = new Map<string, Uncertainty>();
  private stop: { code: ErasureFailureCode; message: string } | undefined;

  constructor(private readonly ids: readonly string[]) {}

  /** The configuration fault (or exhausted retries) that stops the rest of the call, if any. */
  get halted(): { code: ErasureFailureCode; message: string } | undefined {
    return this.stop;
  }

  /** Records ids iDenfy confirmed deleted. */
  markDeleted(ids: readonly string[]): void {
    for (const id of ids) this.outcome.set(id, { deleted: true });
  }

  /** Records a failure; `retryable` comes from the code table. */
  fail(id: string, code: ErasureFailureCode, message: string): void {
    this.outcome.set(id, { id, code, message, retryable: ERASURE_FAILURE_CODES[code].retryable });
  }

  /** Records that a request carrying `ids` got no clear answer. */
  markUncertain(ids: readonly string[], uncertainty: Uncertainty): void {
    for (const id of ids) this.uncertain.set(id, uncertainty);
  }

  /** Why `id`'s fate is unknown, if it is. */
  uncertainty(id: string): Uncertainty | undefined {
    return this.uncertain.get(id);
  }

  /** Stops the call: later ids fail with the same code instead of being sent. */
  halt(code: ErasureFailureCode, message: string): void {
    this.stop ??= { code, message };
  }

  /** Fails ids that were not sent because the call was halted. */
  failHalted(ids: readonly string[]): void {
    const stop = this.stop;
    if (stop === undefined) return;
    for (const id of ids) this.fail(id, stop.code, `Not sent: an earlier request of this call failed. ${stop.message}`);
  }

  /** The final report, in input order within each list. */
  report(): ErasureReport {
    const report: ErasureReport = { ok: false, deleted: [], failed: [], notAttempted: [] };
    for (const id of this.ids) {
      const outcome = this.outcome.get(id);
      const uncertain = this.uncertain.get(id);
      if (outcome === undefined && uncertain !== undefined) {
        report.failed.push({ id, code: uncertain.code, message: `Not confirmed deleted: ${uncertain.message}`, retryable: true });
      } else if (outcome === undefined) report.notAttempted.push(id);
      else if ('deleted' in outcome) report.deleted.push(id);
      else report.failed.push(outcome);
    }
    report.ok = report.failed.length === 0 && report.notAttempted.length === 0;
    return report;
  }
}
