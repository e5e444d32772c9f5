import { describe, expect, it } from 'vitest';
import { expectWellFormed, refs, seed, setup } from './support.js';

// Once one chunk has used up its retries against an outage or a rate limit, sending the next chunks would only
// hammer an upstream that is already failing: the rest of the call fails with the same code, unsent.
describe('iDenfy client: later chunks after one chunk exhausted its retries', () => {
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

  it('given a rate limit that persists past the second chunk, it should not send the third', async () => {
    const ids = refs('s', 250);
    const { client, bodies } = await setup({ verifications: seed(ids), rateLimit: { limit: 1 } });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toHaveLength(1 + 3);
    expect(report.deleted).toEqual(ids.slice(0, 100));
    expect(report.failed).toHaveLength(150);
    for (const failure of report.failed) expect(failure).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expectWellFormed(report, ids);
  });
});
