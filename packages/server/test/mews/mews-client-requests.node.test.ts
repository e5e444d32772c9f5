import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, CLIENT_TOKEN, documentsFor, expectPartition, guids, startMewsRig, type MewsRig } from './mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

const CHAIN = 'a0000000-0000-4000-8000-000000000001';

describe('the request', () => {
  it('posts exactly the documented body, without ChainId unless given', async () => {
    const ids = guids(2);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    const seen: { url: string; init: RequestInit }[] = [];
    const client = rig.clientWith({
      fetch: (url, init = {}) => {
        seen.push({ url: String(url), init });
        return fetch(url, init);
      },
    });
    const report = await client.deleteIdentityDocuments(ids);
    expect(report).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`${rig.server.url}/api/connector/v1/identityDocuments/delete`);
    expect(seen[0]?.init.method).toBe('POST');
    expect(new Headers(seen[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      ClientToken: CLIENT_TOKEN,
      AccessToken: ACCESS_TOKEN,
      Client: 'Acme Portal 1.0.0',
      IdentityDocumentIds: ids,
    });
  });

  it('sends ChainId from the client default, overridden per call (portfolio tokens need it)', async () => {
    const ids = guids(2);
    rig = await startMewsRig({ documents: documentsFor(ids), portfolioTokens: ['PORTFOLIO-TOKEN-1'] });
    const portfolio = rig.clientWith({ accessToken: 'PORTFOLIO-TOKEN-1' });
    const refused = await portfolio.deleteIdentityDocuments([ids[0] ?? '']);
    expect(refused.failed[0]).toMatchObject({ code: 'INVALID_ID', message: 'Invalid ChainId.' });
    const other = 'b0000000-0000-4000-8000-000000000002';
    const withDefault = rig.clientWith({ accessToken: 'PORTFOLIO-TOKEN-1', chainId: CHAIN });
    expect((await withDefault.deleteIdentityDocuments([ids[0] ?? ''])).ok).toBe(true);
    expect((await withDefault.deleteIdentityDocuments([ids[1] ?? ''], { chainId: other })).ok).toBe(true);
    expect(rig.mews.requests.map((request) => (request.body as { ChainId?: string }).ChainId)).toEqual([undefined, CHAIN, other]);
  });

  it('clears by customer id on the clear route', async () => {
    const customer = 'c0000000-0000-4000-8000-000000000009';
    rig = await startMewsRig({ documents: documentsFor(guids(3), customer) });
    const report = await rig.client.clearIdentityDocuments([customer]);
    expect(report).toEqual({ ok: true, deleted: [customer], failed: [], notAttempted: [] });
    expect(rig.mews.requests[0]?.body).toMatchObject({ CustomerIds: [customer] });
    expect(rig.mews.identityDocuments()).toEqual([]);
  });
});

describe('ids and chunks', () => {
  it('de-duplicates and refuses non-strings and empty strings without sending them', async () => {
    const ids = guids(2);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    const input = [ids[0], '', ids[1], ids[0], '  ', 42, ''] as unknown as string[];
    const report = await rig.client.deleteIdentityDocuments(input);
    expect(report.deleted).toEqual(ids);
    expect(report.failed.map((failure) => [failure.id, failure.code, failure.retryable])).toEqual([
      ['', 'INVALID_ID', false],
      ['  ', 'INVALID_ID', false],
      ['42', 'INVALID_ID', false],
    ]);
    expect(rig.mews.requests[0]?.body).toMatchObject({ IdentityDocumentIds: ids });
    expectPartition(report, input);
  });

  it('sends 1,000 ids in exactly 10 calls of 100', async () => {
    const ids = guids(1000);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    const report = await rig.client.deleteIdentityDocuments([...ids, ...ids.slice(0, 50)]);
    expect(report.ok).toBe(true);
    expect(report.deleted).toHaveLength(1000);
    expect(rig.calls('delete')).toBe(10);
    expect(rig.mews.requests.map((request) => (request.body as { IdentityDocumentIds: string[] }).IdentityDocumentIds.length)).toEqual(
      Array.from({ length: 10 }, () => 100),
    );
  });

  it('sends 25 customer ids in 3 clear calls', async () => {
    rig = await startMewsRig();
    const report = await rig.client.clearIdentityDocuments(guids(25, 'c'));
    expect(report.ok).toBe(true);
    expect(rig.mews.requests.map((request) => (request.body as { CustomerIds: string[] }).CustomerIds.length)).toEqual([10, 10, 5]);
  });

  it('makes no call for an empty list', async () => {
    rig = await startMewsRig();
    expect(await rig.client.deleteIdentityDocuments([])).toEqual({ ok: true, deleted: [], failed: [], notAttempted: [] });
    expect(rig.calls()).toBe(0);
  });
});
