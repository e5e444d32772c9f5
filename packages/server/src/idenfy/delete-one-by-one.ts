import type { ErasureTally } from './erasure-tally.js';
import type { IdenfyConfig } from './resolve-idenfy-config.js';
import { sendIdenfyDelete } from './send-idenfy-delete.js';
import { settleAnswer } from './settle-answer.js';

/** Single format: one request per scanRef, at most `config.concurrency` in flight. */
export async function deleteOneByOne(config: IdenfyConfig, scanRefs: readonly string[], tally: ErasureTally, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let id = scanRefs[next++]; id !== undefined; id = scanRefs[next++]) {
      if (signal?.aborted === true) return;
      if (tally.halted !== undefined) tally.failHalted([id]);
      else settleAnswer(await sendIdenfyDelete(config, [id], tally, signal), [id], tally);
    }
  };
  await Promise.all(Array.from({ length: Math.min(config.concurrency, scanRefs.length) }, worker));
}
