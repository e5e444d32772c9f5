import { describe, expect, it } from 'vitest';
import { expectWellFormed, failureOf, refs, seed, setup } from './support.js';

describe('iDenfy client: credentials and configuration faults', () => {
  it('given 401 without an identifier, it should fail every id UPSTREAM_UNAUTHORIZED after one request, without retrying', async () => {
    const ids = refs('s', 250);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids), apiSecret: 'another-secret' });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toHaveLength(1);
    expect(report.deleted).toEqual([]);
    expect(report.failed).toHaveLength(250);
    for (const failure of report.failed) expect(failure).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', retryable: false });
    expect(failureOf(report, 's-0').message).toContain('401');
    expect(Object.values(idenfy.verifications())).not.toContain('deleted');
    expectWellFormed(report, ids);
  });

  it('given 403 or 402, it should also stop as UPSTREAM_UNAUTHORIZED', async () => {
    for (const status of [402, 403]) {
      const ids = refs('s', 3);
      const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
      idenfy.inject({ type: 'status', status, body: { detail: 'You do not have permission.' } });
      const report = await client.deleteVerifications(ids);
      expect(bodies()).toHaveLength(1);
      expect(report.failed.map((failure) => failure.code)).toEqual(['UPSTREAM_UNAUTHORIZED', 'UPSTREAM_UNAUTHORIZED', 'UPSTREAM_UNAUTHORIZED']);
    }
  });

  it('given 404 (a wrong address), it should stop as UPSTREAM_NOT_FOUND', async () => {
    const ids = refs('s', 150);
    const { client, server } = await setup({ verifications: seed(ids) });
    const { client: wrong } = await setup({}, { baseUrl: `${server.url}/nope` });
    const report = await wrong.deleteVerifications(ids);
    expect(report.failed.every((failure) => failure.code === 'UPSTREAM_NOT_FOUND' && !failure.retryable)).toBe(true);
    expect(report.failed).toHaveLength(150);
    expect((await client.deleteVerifications(['s-0'])).deleted).toEqual(['s-0']);
  });
});

describe('iDenfy client: transient failures', () => {
  it('given 429 then 500, it should back off, retry the same chunk and report it deleted', async () => {
    const ids = refs('s', 3);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) }, { retry: { limit: 3, baseDelayMs: 40, maxDelayMs: 40 } });
    idenfy.inject({ type: 'status', status: 429 });
    idenfy.inject({ type: 'status', status: 500 });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toEqual([{ scanRefs: ids }, { scanRefs: ids }, { scanRefs: ids }]);
    expect(idenfy.requests.map((request) => request.status)).toEqual([429, 500, 200]);
    expect(report).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
  });

  it('given a real rate limit that persists, it should give up as RATE_LIMITED (retryable) and not send the rest', async () => {
    // 250 ids: the second chunk uses up its retries, and the third is never sent.
    const ids = refs('s', 250);
    const { client, bodies } = await setup({ verifications: seed(ids), rateLimit: { limit: 1 } });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toHaveLength(1 + 3);
    expect(report.deleted).toEqual(ids.slice(0, 100));
    expect(report.failed).toHaveLength(150);
    for (const failure of report.failed) expect(failure).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expectWellFormed(report, ids);
  });

  it('given a persistent 500, it should retry `limit` times, then fail the ids UPSTREAM_ERROR (retryable)', async () => {
    const ids = refs('s', 2);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 503 }, { times: Infinity });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toHaveLength(3);
    expect(report.failed.map(({ code, retryable }) => ({ code, retryable }))).toEqual([
      { code: 'UPSTREAM_ERROR', retryable: true },
      { code: 'UPSTREAM_ERROR', retryable: true },
    ]);
  });

  it('given a dropped connection, it should retry and report deleted only what iDenfy confirmed', async () => {
    const ids = refs('s', 2);
    const { idenfy, client } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'drop' });
    expect((await client.deleteVerifications(ids)).deleted).toEqual(ids);
  });

  it('given a connection dropped AFTER deleting, it should not report those ids deleted, but failed retryable (NETWORK)', async () => {
    const ids = refs('s', 3);
    const { idenfy, client, bodies } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'drop', when: 'after' });
    const report = await client.deleteVerifications(ids);
    expect(Object.values(idenfy.verifications())).toEqual(['deleted', 'deleted', 'deleted']);
    expect(report.deleted).toEqual([]);
    expect(report.failed.map(({ id, code, retryable }) => ({ id, code, retryable }))).toEqual(ids.map((id) => ({ id, code: 'NETWORK', retryable: true })));
    expect(failureOf(report, 's-0').message).toMatch(/not confirmed/);
    // The same chunk was re-sent, then each "not found" led to a continuation with the ids after it.
    expect(bodies()).toEqual([{ scanRefs: ids }, { scanRefs: ids }, { scanRefs: ids.slice(1) }, { scanRefs: ids.slice(2) }]);
  });

  it('given an answer slower than the timeout, it should retry and fail TIMEOUT (retryable) once retries run out', async () => {
    const { idenfy, client } = await setup({ verifications: seed(['a']) }, { timeout: 50, retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    idenfy.inject({ type: 'latency', ms: 400 }, { times: 2 });
    const started = performance.now();
    const report = await client.deleteVerifications(['a']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(failureOf(report, 'a')).toMatchObject({ code: 'TIMEOUT', retryable: true });
  });

  it('given retry limit 1, it should send exactly one retry', async () => {
    const { idenfy, client } = await setup({ verifications: seed(['a']) }, { retry: { limit: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    idenfy.inject({ type: 'status', status: 500 });
    expect((await client.deleteVerifications(['a'])).deleted).toEqual(['a']);
    expect(idenfy.requests).toHaveLength(2);
  });
});
