import { createFakeIdenfy, createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createDemoErasure, DEMO_USER, DemoConfigError, OTHER_CUSTOMER } from '../server/demo-erasure.mjs';

type Handler = (request: Request) => Promise<Response>;
const post = (handler: Handler, path: string, body: unknown) =>
  handler(
    new Request(`http://demo.test/api/erasure${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
const ownDocumentIds: string[] = DEMO_USER.mewsIdentityDocuments.map(({ id }: { id: string }) => id);
const ownScanRefs: string[] = DEMO_USER.verifications.map(({ id }: { id: string }) => id);

function demo(env: Record<string, string> = {}) {
  const audit: string[] = [];
  const erasure = createDemoErasure({ env, log: (line: string) => audit.push(line) });
  return { ...erasure, audit };
}

describe('the demo’s erasure proxy, on the fakes', () => {
  it('erases the demo user’s own verifications at iDenfy, one of them still in use', async () => {
    const { handler, audit, account } = demo();
    const response = await post(handler, '/idenfy/verifications/delete', { scanRefs: ownScanRefs });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.deleted).toEqual([ownScanRefs[0]]);
    expect(report.failed).toMatchObject([{ id: ownScanRefs[1], code: 'NOT_YET_DELETABLE', retryable: true }]);
    expect(audit).toEqual(['erasure idenfy.verifications.delete: 2 asked, 1 deleted, 1 failed']);
    expect(account().idenfy.verifications.map(({ id }: { id: string }) => id)).toEqual([ownScanRefs[1]]);
  });

  it('erases the demo user’s own identity documents at Mews (ids in any case), and the account stops listing them', async () => {
    const { handler, audit, account, fakes } = demo();
    expect(account().mews.identityDocuments).toEqual(DEMO_USER.mewsIdentityDocuments);
    const response = await post(handler, '/mews/identity-documents/delete', { identityDocumentIds: [ownDocumentIds[0]!.toUpperCase(), ownDocumentIds[1]] });
    expect(response.status).toBe(200);
    expect((await response.json()).failed).toEqual([]);
    expect(fakes.mews.identityDocuments().map((document: { Id: string }) => document.Id)).toEqual([OTHER_CUSTOMER.mewsIdentityDocumentId]);
    expect(account().mews.identityDocuments).toEqual([]);
    expect(audit).toEqual(['erasure mews.identityDocuments.delete: 2 asked, 2 deleted, 0 failed']);
  });

  it('clears every Mews identity document of the demo user’s own customer record', async () => {
    const { handler, fakes } = demo();
    const response = await post(handler, '/mews/identity-documents/clear', { customerIds: [DEMO_USER.mewsCustomerId] });
    expect(response.status).toBe(200);
    expect(fakes.mews.identityDocuments().map((document: { CustomerId: string }) => document.CustomerId)).toEqual([OTHER_CUSTOMER.mewsCustomerId]);
  });

  it.each([
    ['another customer’s verification', '/idenfy/verifications/delete', { scanRefs: [OTHER_CUSTOMER.scanRef] }],
    ['own and another’s verification together', '/idenfy/verifications/delete', { scanRefs: [ownScanRefs[0], OTHER_CUSTOMER.scanRef] }],
    ['another customer’s Mews document', '/mews/identity-documents/delete', { identityDocumentIds: [OTHER_CUSTOMER.mewsIdentityDocumentId] }],
    ['another customer’s Mews record', '/mews/identity-documents/clear', { customerIds: [OTHER_CUSTOMER.mewsCustomerId] }],
    ['an own document id sent as a customer id', '/mews/identity-documents/clear', { customerIds: [ownDocumentIds[0]] }],
  ])('refuses %s with 403, sends nothing upstream and audits nothing', async (_case, path, body) => {
    const { handler, audit, fakes } = demo();
    const response = await post(handler, path, body);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
    expect(fakes.mews.requests).toEqual([]);
    expect(fakes.idenfy.requests).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('says it uses the fakes, and shows the page ids and labels only', () => {
    const { upstreams, account, hints } = demo();
    expect(upstreams).toEqual({ mews: 'fake (in this process)', idenfy: 'fake (in this process)' });
    expect(hints).toEqual([]);
    expect(account()).toEqual({
      mews: { upstream: 'fake', identityDocuments: DEMO_USER.mewsIdentityDocuments },
      idenfy: { upstream: 'fake', verifications: DEMO_USER.verifications },
      otherCustomer: { scanRef: OTHER_CUSTOMER.scanRef },
    });
  });
});

describe('the demo’s erasure proxy, configured for the real services', () => {
  const servers: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it('sends Mews requests to MEWS_BASE_URL with the tokens from the environment, and never shows them', async () => {
    const clientToken = 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D';
    const accessToken = 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D';
    expect([clientToken, accessToken]).toEqual([DEFAULT_MEWS_CLIENT_TOKEN, DEFAULT_MEWS_ACCESS_TOKEN]);
    const upstream = createFakeMews({ clientToken, accessToken });
    const server = await startFakeServer(upstream.handler);
    servers.push(server);
    const { handler, upstreams, account, hints, audit } = demo({
      MEWS_CLIENT_TOKEN: clientToken,
      MEWS_ACCESS_TOKEN: accessToken,
      MEWS_BASE_URL: server.url,
      MEWS_CLIENT: 'Review Client 2.0',
      DEMO_MEWS_DOCUMENT_IDS: ` ${ownDocumentIds[1]} `,
    });
    expect(upstreams.mews).toBe(`${server.url} (real; MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN set)`);
    expect(account().mews).toEqual({ upstream: 'real', identityDocuments: [{ id: ownDocumentIds[1], label: `Identity document ${ownDocumentIds[1]}` }] });
    expect(hints).toEqual([]);
    // Only the configured ids are the demo user's now.
    expect((await post(handler, '/mews/identity-documents/delete', { identityDocumentIds: [ownDocumentIds[0]] })).status).toBe(403);
    const response = await post(handler, '/mews/identity-documents/delete', { identityDocumentIds: [ownDocumentIds[1]] });
    expect(await response.json()).toMatchObject({ deleted: [ownDocumentIds[1]], failed: [] });
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]!.body).toMatchObject({ Client: 'Review Client 2.0', IdentityDocumentIds: [ownDocumentIds[1]] });
    const shown = JSON.stringify([upstreams, account(), hints, audit]);
    expect(shown).not.toContain(clientToken);
    expect(shown).not.toContain(accessToken);
  });

  it('sends iDenfy requests to IDENFY_BASE_URL with Basic auth from the environment, and hints that the fixture ids are unknown there', async () => {
    const upstream = createFakeIdenfy({ apiKey: 'key-from-env', apiSecret: 'secret-from-env', verifications: { [ownScanRefs[0]!]: 'deletable' } });
    const server = await startFakeServer(upstream.handler);
    servers.push(server);
    const { handler, upstreams, hints, account } = demo({ IDENFY_API_KEY: 'key-from-env', IDENFY_API_SECRET: 'secret-from-env', IDENFY_BASE_URL: server.url });
    expect(upstreams.idenfy).toBe(`${server.url} (real; IDENFY_API_KEY and IDENFY_API_SECRET set)`);
    expect(upstreams.mews).toBe('fake (in this process)');
    expect(hints).toEqual([expect.stringContaining('set DEMO_IDENFY_SCAN_REFS')]);
    expect(account().idenfy.upstream).toBe('real');
    const response = await post(handler, '/idenfy/verifications/delete', { scanRefs: [ownScanRefs[0]] });
    expect(await response.json()).toMatchObject({ deleted: [ownScanRefs[0]] });
    expect(upstream.verifications()[ownScanRefs[0]!]).toBe('deleted');
    expect(JSON.stringify([upstreams, hints, account()])).not.toContain('secret-from-env');
  });

  it.each([
    [{ MEWS_CLIENT_TOKEN: 'x' }, 'MEWS_CLIENT_TOKEN is set but MEWS_ACCESS_TOKEN is not: set both to use the real Mews, or neither to use the fake.'],
    [{ MEWS_ACCESS_TOKEN: 'x' }, 'MEWS_ACCESS_TOKEN is set but MEWS_CLIENT_TOKEN is not: set both to use the real Mews, or neither to use the fake.'],
    [{ IDENFY_API_SECRET: 'x' }, 'IDENFY_API_SECRET is set but IDENFY_API_KEY is not: set both to use the real iDenfy, or neither to use the fake.'],
  ])('stops on a half-configured provider: %o', (env, message) => {
    expect(() => demo(env)).toThrow(new DemoConfigError(message));
  });

  it('stops on an address the client refuses, naming the variable and not the tokens', () => {
    let error: Error | undefined;
    try {
      demo({ MEWS_CLIENT_TOKEN: 'client-secret-value', MEWS_ACCESS_TOKEN: 'access-secret-value', MEWS_BASE_URL: 'http://api.mews-demo.com' });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error).toBeInstanceOf(DemoConfigError);
    expect(error!.message).toContain('must use https');
    expect(error!.message).toContain('check MEWS_BASE_URL');
    expect(error!.message).not.toMatch(/secret-value/);
  });
});
