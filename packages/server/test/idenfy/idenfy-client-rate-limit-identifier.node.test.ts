import { describe, expect, it } from 'vitest';
import { refs, seed, setup } from './support.js';

// iDenfy documents its rate limit by the identifier TOO_MANY_REQUESTS, not by a status: an answer carrying it is
// a "slow down" whatever its status, to be retried, never a refusal of the ids.
describe('iDenfy client: TOO_MANY_REQUESTS on a status other than 429', () => {
  it('given a 400 TOO_MANY_REQUESTS, it should back off, retry and report the ids deleted', async () => {
    const ids = refs('s', 2);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'TOO_MANY_REQUESTS', message: 'Request was throttled.' } });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toEqual([{ scanRefs: ids }, { scanRefs: ids }]);
    expect(report).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
  });

  it('given it on every attempt, it should fail the ids RATE_LIMITED and retryable', async () => {
    const ids = refs('s', 2);
    const { idenfy, client } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'TOO_MANY_REQUESTS', message: 'Request was throttled.' } }, { times: Infinity });
    const report = await client.deleteVerifications(ids);
    expect(report.failed.map(({ code, retryable }) => ({ code, retryable }))).toEqual([
      { code: 'RATE_LIMITED', retryable: true },
      { code: 'RATE_LIMITED', retryable: true },
    ]);
  });
});
