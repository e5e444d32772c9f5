import { describe, expect, it } from 'vitest';
import { expectWellFormed, failureOf, refs, seed, setup } from './support.js';

describe('iDenfy client: single format', () => {
  it('should send one {"scanRef"} request per id and classify each answer', async () => {
    const ids = ['a', 'b', 'ghost'];
    const { idenfy, client, bodies } = await setup({ verifications: { a: 'deletable', b: 'active' } }, { format: 'single', concurrency: 1 });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toEqual([{ scanRef: 'a' }, { scanRef: 'b' }, { scanRef: 'ghost' }]);
    expect(report.deleted).toEqual(['a']);
    expect(failureOf(report, 'b')).toMatchObject({ code: 'NOT_YET_DELETABLE', retryable: true });
    expect(failureOf(report, 'ghost')).toMatchObject({ code: 'INVALID_ID', retryable: false });
    expect(idenfy.verifications()).toEqual({ a: 'deleted', b: 'active' });
    expectWellFormed(report, ids);
  });

  it('should keep at most `concurrency` requests in flight, and use them all', async () => {
    const ids = refs('s', 10);
    let inFlight = 0;
    let most = 0;
    const { idenfy, client } = await setup({ verifications: seed(ids) }, { format: 'single', concurrency: 3 }, (handler) => async (request) => {
      most = Math.max(most, ++inFlight);
      try {
        return await handler(request);
      } finally {
        inFlight -= 1;
      }
    });
    idenfy.inject({ type: 'latency', ms: 40 }, { times: Infinity });
    const started = performance.now();
    const report = await client.deleteVerifications(ids);
    expect(most).toBe(3);
    // 10 requests, 3 at a time, 40 ms each: at least 4 rounds.
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(report.deleted.toSorted()).toEqual(ids.toSorted());
  });

  it('given 401, it should stop sending and fail the rest UPSTREAM_UNAUTHORIZED', async () => {
    const ids = refs('s', 20);
    const { idenfy, client } = await setup({ verifications: seed(ids), format: 'single', apiKey: 'other-key' }, { format: 'single', concurrency: 2 });
    const report = await client.deleteVerifications(ids);
    expect(idenfy.requests.length).toBeLessThanOrEqual(2);
    expect(report.failed).toHaveLength(20);
    expect(report.failed.every((failure) => failure.code === 'UPSTREAM_UNAUTHORIZED')).toBe(true);
  });

  it('given a 500 for one request, it should retry just that id', async () => {
    const { idenfy, client, bodies } = await setup({ verifications: seed(['a', 'b']) }, { format: 'single', concurrency: 1 });
    idenfy.inject({ type: 'status', status: 500 });
    const report = await client.deleteVerifications(['a', 'b']);
    expect(bodies()).toEqual([{ scanRef: 'a' }, { scanRef: 'a' }, { scanRef: 'b' }]);
    expect(report.deleted).toEqual(['a', 'b']);
  });
});
