import { ERASURE_FAILURE_CODES, type ErasureFailure, type ErasureFailureCode, type ErasureReport } from '../erasure-report.js';

/** Details of a failure beyond its code. */
export interface FailureDetails {
  message: string;
  requestId?: string | undefined;
  /** Overrides the code's default from {@link ERASURE_FAILURE_CODES}. */
  retryable?: boolean;
}

/** Collects outcomes id by id; `build()` gives the report. Each id should be settled exactly once. */
export class ErasureReportBuilder {
  private readonly deletedIds: string[] = [];
  private readonly failures: ErasureFailure[] = [];
  private readonly unsent: string[] = [];

  deleted(ids: readonly string[]): void {
    this.deletedIds.push(...ids);
  }

  failed(ids: readonly string[], code: ErasureFailureCode, details: FailureDetails): void {
    const retryable = details.retryable ?? ERASURE_FAILURE_CODES[code].retryable;
    for (const id of ids) {
      const failure: ErasureFailure = { id, code, message: details.message, retryable };
      if (details.requestId !== undefined) failure.requestId = details.requestId;
      this.failures.push(failure);
    }
  }

  notAttempted(ids: readonly string[]): void {
    this.unsent.push(...ids);
  }

  build(): ErasureReport {
    return {
      ok: this.failures.length === 0 && this.unsent.length === 0,
      deleted: [...this.deletedIds],
      failed: [...this.failures],
      notAttempted: [...this.unsent],
    };
  }
}
