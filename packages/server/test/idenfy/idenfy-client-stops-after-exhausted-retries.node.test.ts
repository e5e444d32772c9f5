import { describe, expect, it } from 'vitest';
import { expectWellFormed, refs, seed, setup } from './support.js';

// Once one chunk has used up its retries against an outage or a rate limit, sending the next chunks would only
// hammer an upstream that is already failing: the rest of the call fails with the same code, unsent.
describe('iDenfy client: later chunks after one chunk exhausted its retries (a persistent rate limit: idenfy-client-failures)', () => {
  it('given a persistent 503 and 250 ids, it should send the first chunk only and fail every id retryable', async () => {
    const ids = refs('s', 250);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 503 }, { times: Infinity });
    const report = await client.deleteVerifications(ids);
    // FAST_RETRY allows 2 retries: 3 requests, all for the first chunk.
    expect(bodies()).toEqual([{ scanRefs: ids.slice(0, 100) }, { scanRefs: ids.slice(0, 100) }, { scanRefs: ids.slice(0, 100) }]);
    expect(report.failed).toHaveLength(250);
    for (const failure of report.failed) expect(failure).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: true });
    expect(report.failed.find((failure) => failure.id === 's-100')?.message).toContain('Not sent');
    expectWellFormed(report, ids);
  });
});
