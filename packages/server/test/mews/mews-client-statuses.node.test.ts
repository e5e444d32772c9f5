import { afterEach, describe, expect, it } from 'vitest';
import { documentsFor, guids, startMewsRig, type MewsRig } from './mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

const GUID = /^[0-9a-f-]{36}$/i;

async function rigWith(count: number): Promise<string[]> {
  const ids = guids(count);
  rig = await startMewsRig({ documents: documentsFor(ids) });
  return ids;
}

describe('retried answers', () => {
  it('waits at least Retry-After after a 429, then succeeds', async () => {
    const ids = await rigWith(3);
    rig.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 1 });
    const started = performance.now();
    const report = await rig.clientWith({ retry: { baseDelayMs: 1, maxDelayMs: 2000 } }).deleteIdentityDocuments(ids);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(report).toMatchObject({ ok: true, deleted: ids });
    expect(rig.calls()).toBe(2);
  });

  it.each([500, 502, 503, 409])('retries %i with backoff and then succeeds', async (status) => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'status', status }, { times: 2 });
    expect(await rig.client.deleteIdentityDocuments(ids)).toMatchObject({ ok: true, deleted: ids });
    expect(rig.calls()).toBe(3);
  });

  it('gives up after retry.limit and reports UPSTREAM_ERROR, retryable, with the Request-Id', async () => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'status', status: 503, message: 'Down for maintenance.' }, { times: Infinity });
    const report = await rig.clientWith({ retry: { limit: 2, baseDelayMs: 1 } }).deleteIdentityDocuments(ids);
    expect(rig.calls()).toBe(3);
    expect(report.ok).toBe(false);
    expect(report.failed).toHaveLength(2);
    expect(report.failed[0]).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: true, requestId: rig.mews.requests[2]?.requestId });
    expect(report.failed[0]?.message).toContain('Down for maintenance.');
  });

  it('gives up at once when Retry-After exceeds retry.maxDelayMs, rather than retry too early', async () => {
    const ids = await rigWith(1);
    rig.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 60 });
    const report = await rig.client.deleteIdentityDocuments(ids);
    expect(rig.calls()).toBe(1);
    expect(report.failed[0]).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(report.failed[0]?.message).toContain('60 s');
  });

  it('reports RATE_LIMITED when 429s outlast the retries', async () => {
    const ids = await rigWith(1);
    rig.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 0 }, { times: Infinity });
    const report = await rig.clientWith({ retry: { limit: 1 } }).deleteIdentityDocuments(ids);
    expect(report.failed[0]).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(rig.calls()).toBe(2);
  });

  it('retries a reset connection, and reports NETWORK when it persists', async () => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'drop' });
    expect((await rig.client.deleteIdentityDocuments([ids[0] ?? ''])).ok).toBe(true);
    rig.mews.inject('delete', { type: 'drop' }, { times: Infinity });
    const report = await rig.clientWith({ retry: { limit: 1, baseDelayMs: 1 } }).deleteIdentityDocuments([ids[1] ?? '']);
    expect(report.failed[0]).toMatchObject({ code: 'NETWORK', retryable: true });
  });

  it('times out slow answers and reports TIMEOUT', async () => {
    const ids = await rigWith(1);
    rig.mews.inject('delete', { type: 'latency', ms: 400 }, { times: 2 });
    const report = await rig.clientWith({ timeout: 100, retry: { limit: 1, baseDelayMs: 1 } }).deleteIdentityDocuments(ids);
    expect(report.failed[0]).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(rig.calls()).toBe(2);
  });
});

describe('408: request too heavy', () => {
  it('splits batches in half until they pass', async () => {
    const ids = await rigWith(100);
    rig.mews.inject('delete', { type: 'too-heavy', maxIds: 30 }, { times: Infinity });
    const report = await rig.client.deleteIdentityDocuments(ids);
    expect(report.ok).toBe(true);
    expect(new Set(report.deleted)).toEqual(new Set(ids));
    expect(rig.mews.identityDocuments()).toEqual([]);
    const sizes = rig.mews.requests.map((request) => (request.body as { IdentityDocumentIds: string[] }).IdentityDocumentIds.length);
    expect(sizes).toEqual([100, 50, 25, 25, 50, 25, 25]);
  });

  it('reports a single id that still gets 408 as UPSTREAM_ERROR, retryable', async () => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'status', status: 408 }, { times: 2 });
    const report = await rig.client.deleteIdentityDocuments(ids);
    expect(rig.calls()).toBe(3);
    expect(report.deleted).toEqual([ids[1]]);
    expect(report.failed).toEqual([expect.objectContaining({ id: ids[0], code: 'UPSTREAM_ERROR', retryable: true })]);
  });
});

describe('final answers', () => {
  it('reports 400 for one id as INVALID_ID with the Mews Message and Request-Id, without retrying', async () => {
    await rigWith(2);
    const unknown = guids(1, 'e')[0] ?? '';
    const report = await rig.client.deleteIdentityDocuments([unknown]);
    expect(rig.calls()).toBe(1);
    expect(report.deleted).toEqual([]);
    expect(report.failed).toEqual([expect.objectContaining({ id: unknown, code: 'INVALID_ID', retryable: false, message: 'Invalid IdentityDocumentIds.' })]);
    expect(report.failed[0]?.requestId).toMatch(GUID);
    expect(report.failed[0]?.requestId).toBe(rig.mews.requests[0]?.requestId);
  });

  it('splits a batch Mews refuses for one id it does not know until that id stands alone: the others are still deleted', async () => {
    const ids = await rigWith(4);
    const unknown = guids(1, 'e')[0] ?? '';
    // One erased already (a stale list, a double click) among three still stored.
    const report = await rig.client.deleteIdentityDocuments([ids[0]!, unknown, ids[1]!, ids[2]!]);
    expect(report.deleted.toSorted()).toEqual([ids[0], ids[1], ids[2]].toSorted());
    expect(report.failed).toEqual([expect.objectContaining({ id: unknown, code: 'INVALID_ID', retryable: false })]);
    expect(rig.mews.identityDocuments().map((doc) => doc.Id)).toEqual([ids[3]]);
    // [a, x, b, c] → 400; [a, x] → 400; [a] ✓; [x] → 400; [b, c] ✓.
    expect(rig.mews.requests.map((request) => request.status)).toEqual([400, 400, 200, 400, 200]);
  });

  it('after an unanswered attempt, reports a 400 as not confirmed deleted (the attempt probably deleted them), retryable', async () => {
    const ids = await rigWith(3);
    rig.mews.inject('delete', { type: 'drop', when: 'after' });
    const report = await rig.client.deleteIdentityDocuments(ids.slice(0, 2));
    // The retry of both is refused, then each alone.
    expect(rig.mews.requests.map((request) => request.status)).toEqual([undefined, 400, 400, 400]);
    // The dropped attempt did delete them: the fake no longer stores them.
    expect(rig.mews.identityDocuments().map((doc) => doc.Id)).toEqual([ids[2]]);
    expect(report).toMatchObject({ ok: false, deleted: [], notAttempted: [] });
    expect(report.failed).toHaveLength(2);
    for (const failure of report.failed) {
      expect(failure).toMatchObject({ code: 'NETWORK', retryable: true });
      expect(failure.requestId).toMatch(GUID);
      expect(failure.message).toMatch(/probably deleted them then, but that is not confirmed\. Invalid IdentityDocumentIds\.$/);
    }
  });

  it('carries an unanswered attempt into the halves of a split batch', async () => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'status', status: 503 });
    rig.mews.inject('delete', { type: 'status', status: 408 });
    rig.mews.inject('delete', { type: 'status', status: 400, message: 'Invalid IdentityDocumentIds.' }, { times: 2 });
    const report = await rig.client.deleteIdentityDocuments(ids);
    expect(rig.mews.requests.map((request) => request.status)).toEqual([503, 408, 400, 400]);
    expect(report.failed.map((failure) => [failure.code, failure.retryable])).toEqual([
      ['UPSTREAM_ERROR', true],
      ['UPSTREAM_ERROR', true],
    ]);
  });

  it('still reports a 400 after a 429 as INVALID_ID: a 429 means Mews did nothing', async () => {
    const ids = await rigWith(1);
    rig.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 0 });
    const report = await rig.client.deleteIdentityDocuments(guids(1, 'e'));
    expect(rig.mews.requests.map((request) => request.status)).toEqual([429, 400]);
    expect(report.failed[0]).toMatchObject({ code: 'INVALID_ID', retryable: false, message: 'Invalid IdentityDocumentIds.' });
    expect(rig.mews.identityDocuments().map((doc) => doc.Id)).toEqual(ids);
  });

  it('reports a clear refused after an unanswered attempt as INVALID_ID: clearing deletes no customer', async () => {
    await rigWith(1);
    rig.mews.inject('clear', { type: 'drop' });
    rig.mews.inject('clear', { type: 'status', status: 400, message: 'Invalid CustomerIds.' });
    const report = await rig.client.clearIdentityDocuments(guids(1, 'c'));
    expect(rig.mews.requests.map((request) => request.status)).toEqual([undefined, 400]);
    expect(report.failed[0]).toMatchObject({ code: 'INVALID_ID', retryable: false, message: 'Invalid CustomerIds.' });
  });

  it.each([
    [401, 'UPSTREAM_UNAUTHORIZED'],
    [403, 'UPSTREAM_FORBIDDEN'],
    [404, 'UPSTREAM_NOT_FOUND'],
    [422, 'REJECTED'],
  ] as const)('reports %i as %s after one request', async (status, code) => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'status', status, message: 'The customer is checked in; try after check-out.' }, { times: Infinity });
    const report = await rig.client.deleteIdentityDocuments(ids);
    expect(rig.calls()).toBe(1);
    expect(report.failed.map((failure) => failure.code)).toEqual([code, code]);
    expect(report.failed[0]).toMatchObject({ retryable: false, message: 'The customer is checked in; try after check-out.' });
  });

  it('reports real wrong credentials as UPSTREAM_UNAUTHORIZED', async () => {
    const ids = await rigWith(1);
    const report = await rig.clientWith({ accessToken: 'WRONG-ACCESS-TOKEN' }).deleteIdentityDocuments(ids);
    expect(report.failed[0]).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', retryable: false });
    expect(rig.calls()).toBe(1);
  });

  it('counts 200 with an unreadable body, and 204, as deleted', async () => {
    const ids = await rigWith(2);
    rig.mews.inject('delete', { type: 'malformed-json' });
    expect((await rig.client.deleteIdentityDocuments([ids[0] ?? ''])).ok).toBe(true);
    const minimal = rig.clientWith({
      fetch: (url, init = {}) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), prefer: 'return=minimal' } }),
    });
    expect((await minimal.deleteIdentityDocuments([ids[1] ?? ''])).ok).toBe(true);
    expect(rig.mews.requests.map((request) => request.status)).toEqual([200, 204]);
  });
});
