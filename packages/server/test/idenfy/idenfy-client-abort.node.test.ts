import { describe, expect, it } from 'vitest';
import { expectWellFormed, refs, seed, setup } from './support.js';

describe('iDenfy client: abort', () => {
  it('given an already aborted signal, it should send nothing and report every id not attempted', async () => {
    const ids = refs('s', 5);
    const { client, bodies } = await setup({ verifications: seed(ids) });
    const report = await client.deleteVerifications(ids, { signal: AbortSignal.abort() });
    expect(bodies()).toEqual([]);
    expect(report).toEqual({ ok: false, deleted: [], failed: [], notAttempted: ids });
  });

  it('given an abort during the second chunk, it should keep the first confirmed, fail the in-flight one unconfirmed and not send the third', async () => {
    const ids = refs('s', 250);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
    const controller = new AbortController();
    let seen = 0;
    idenfy.inject({ type: 'latency', ms: 0 });
    idenfy.inject({ type: 'latency', ms: 5_000 });
    const pending = client.deleteVerifications(ids, { signal: controller.signal });
    while (seen < 2) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      seen = idenfy.requests.length;
    }
    controller.abort();
    const report = await pending;
    expect(bodies()).toHaveLength(2);
    expect(report.deleted).toEqual(ids.slice(0, 100));
    expect(report.failed.map((failure) => failure.id)).toEqual(ids.slice(100, 200));
    for (const failure of report.failed) expect(failure).toMatchObject({ retryable: true });
    expect(report.failed[0]?.message).toMatch(/aborted/);
    expect(report.notAttempted).toEqual(ids.slice(200));
    expect(Object.values(idenfy.verifications()).filter((state) => state === 'deleted')).toHaveLength(100);
    expectWellFormed(report, ids);
  });

  it('in single format, it should stop taking ids once aborted', async () => {
    const ids = refs('s', 12);
    const { idenfy, client } = await setup({ verifications: seed(ids) }, { format: 'single', concurrency: 2 });
    idenfy.inject({ type: 'latency', ms: 30 }, { times: Infinity });
    const report = await client.deleteVerifications(ids, { signal: AbortSignal.timeout(80) });
    const trulyDeleted = Object.entries(idenfy.verifications()).filter(([, state]) => state === 'deleted').map(([id]) => id);
    expect(report.notAttempted.length).toBeGreaterThan(0);
    for (const id of report.deleted) expect(trulyDeleted).toContain(id);
    expect(idenfy.requests.length).toBeLessThan(ids.length);
    expectWellFormed(report, ids);
  });
});
