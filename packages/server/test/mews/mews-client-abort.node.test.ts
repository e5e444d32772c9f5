import { afterEach, describe, expect, it } from 'vitest';
import { documentsFor, expectPartition, guids, startMewsRig, type MewsRig } from './mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

describe('abort', () => {
  it('sends nothing when already aborted', async () => {
    const ids = guids(150);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    const report = await rig.client.deleteIdentityDocuments(ids, { signal: AbortSignal.abort() });
    expect(report).toEqual({ ok: false, deleted: [], failed: [], notAttempted: ids });
    expect(rig.calls()).toBe(0);
  });

  it('fails the in-flight batch (never "deleted") and leaves later batches not attempted', async () => {
    const ids = guids(300);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    rig.mews.inject('delete', { type: 'latency', ms: 0 });
    rig.mews.inject('delete', { type: 'latency', ms: 5000 });
    const controller = new AbortController();
    const pending = rig.client.deleteIdentityDocuments(ids, { signal: controller.signal });
    await expect.poll(() => rig.calls(), { interval: 5 }).toBe(2);
    controller.abort();
    const report = await pending;
    expect(report.deleted).toEqual(ids.slice(0, 100));
    expect(report.failed.map((failure) => failure.id)).toEqual(ids.slice(100, 200));
    expect(report.failed[0]).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(report.failed[0]?.message).toMatch(/may or may not/);
    expect(report.notAttempted).toEqual(ids.slice(200));
    expect(rig.calls()).toBe(2);
    expectPartition(report, ids);
  });

  it('stops waiting for a retry when aborted, reporting the last failure', async () => {
    const ids = guids(1);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    rig.mews.inject('delete', { type: 'status', status: 503 }, { times: Infinity });
    const controller = new AbortController();
    const client = rig.clientWith({ retry: { limit: 4, baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    const pending = client.deleteIdentityDocuments(ids, { signal: controller.signal });
    await expect.poll(() => rig.calls(), { interval: 5 }).toBe(1);
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const report = await pending;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(report.failed[0]).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: true });
  });
});
