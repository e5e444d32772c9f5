import type { ErasureTally } from './erasure-tally.js';
import { IDENFY_BATCH_LIMIT } from './prepare-scan-refs.js';
import type { IdenfyConfig } from './resolve-idenfy-config.js';
import { sendIdenfyDelete } from './send-idenfy-delete.js';
import { settleAnswer } from './settle-answer.js';

/** Batch format: chunks of ≤ 100, one after the other; a refused id only costs a continuation request. */
export async function deleteInBatches(config: IdenfyConfig, scanRefs: readonly string[], tally: ErasureTally, signal?: AbortSignal): Promise<void> {
  for (let start = 0; start < scanRefs.length; start += IDENFY_BATCH_LIMIT) {
    let pending = scanRefs.slice(start, start + IDENFY_BATCH_LIMIT);
    while (pending.length > 0) {
      if (signal?.aborted === true) return;
      if (tally.halted !== undefined) {
        tally.failHalted(pending);
        break;
      }
      pending = settleAnswer(await sendIdenfyDelete(config, pending, tally, signal), pending, tally);
    }
  }
}
