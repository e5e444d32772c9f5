import type { IdenfyClient } from '../erasure-report.js';
import { deleteInBatches } from './delete-in-batches.js';
import { deleteOneByOne } from './delete-one-by-one.js';
import { ErasureTally } from './erasure-tally.js';
import type { IdenfyClientOptions } from './idenfy-client-options.js';
import { prepareScanRefs } from './prepare-scan-refs.js';
import { resolveIdenfyConfig } from './resolve-idenfy-config.js';

/**
 * A client for iDenfy's verification-data deletion (`POST /api/v2/delete`, Basic auth). It never throws for
 * upstream trouble: every id comes back deleted (confirmed only), failed (with a code) or not attempted.
 * Throws `TypeError`/`RangeError` for bad options, naming the option, never a credential.
 * @example
 * const idenfy = createIdenfyClient({ apiKey: process.env.IDENFY_KEY!, apiSecret: process.env.IDENFY_SECRET! });
 * const report = await idenfy.deleteVerifications(['b586d982-…'], { signal: AbortSignal.timeout(60_000) });
 * for (const failure of report.failed) if (failure.retryable) scheduleRetry(failure.id);
 */
export function createIdenfyClient(options: IdenfyClientOptions): IdenfyClient {
  const config = resolveIdenfyConfig(options);
  return {
    async deleteVerifications(scanRefs, callOptions = {}) {
      const { all, valid, invalid } = prepareScanRefs(scanRefs);
      const tally = new ErasureTally(all);
      for (const id of invalid) tally.fail(id, 'INVALID_ID', 'Not sent: a scanRef must be a non-empty string of at most 256 characters.');
      const run = config.format === 'batch' ? deleteInBatches : deleteOneByOne;
      await run(config, valid, tally, callOptions.signal);
      return tally.report();
    },
  };
}
