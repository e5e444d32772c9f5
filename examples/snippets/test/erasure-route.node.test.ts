// Your erasure route's own tests: the fake Mews and iDenfy on real sockets, the clients pointed at them.
import { createErasureHandler, createIdenfyClient, createMewsClient } from '@iddocs/server';
import { createFakeIdenfy, createFakeMews, DEFAULT_IDENTITY_DOCUMENTS, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { afterAll, afterEach, expect, it } from 'vitest';

const mews = createFakeMews(); // holds DEFAULT_IDENTITY_DOCUMENTS; accepts the DEFAULT_MEWS_* tokens
const idenfy = createFakeIdenfy({ verifications: { 'scan-1': 'deletable' } }); // Basic test-idenfy-key:test-idenfy-secret
const mewsServer = await startFakeServer(mews.handler);
const idenfyServer = await startFakeServer(idenfy.handler);
const fast = { limit: 1, baseDelayMs: 1, maxDelayMs: 1 }; // retries without the production waits

const erase = createErasureHandler({
  mews: createMewsClient({ platformAddress: mewsServer.url, clientToken: DEFAULT_MEWS_CLIENT_TOKEN, accessToken: DEFAULT_MEWS_ACCESS_TOKEN, client: 'Tests 1.0', retry: fast }),
  idenfy: createIdenfyClient({ apiKey: 'test-idenfy-key', apiSecret: 'test-idenfy-secret', baseUrl: idenfyServer.url, retry: fast }),
  authorize: ({ request }) => request.headers.get('cookie') === 'session=staff', // your app's check
});

afterEach(() => {
  mews.reset(); // its documents back, faults and its request log cleared
  idenfy.reset();
});
afterAll(async () => {
  await mewsServer.close();
  await idenfyServer.close();
});

const post = (path: string, body: unknown, cookie = 'session=staff') =>
  erase(new Request(`https://portal.test/api/erasure${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) }));

it("erases a guest's identity documents at Mews", async () => {
  const [first] = DEFAULT_IDENTITY_DOCUMENTS;
  const response = await post('/mews/identity-documents/delete', { identityDocumentIds: [first!.Id] });

  expect(await response.json()).toEqual({ ok: true, deleted: [first!.Id], failed: [], notAttempted: [] });
  expect(mews.identityDocuments().map(({ Id }) => Id)).not.toContain(first!.Id);
});

it('answers 502 with the report when iDenfy keeps failing, and claims nothing deleted', async () => {
  idenfy.inject({ type: 'status', status: 503 }, { times: Infinity });
  const response = await post('/idenfy/verifications/delete', { scanRefs: ['scan-1'] });

  expect(response.status).toBe(502);
  expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE', report: { deleted: [], failed: [{ id: 'scan-1', retryable: true }] } } });
  expect(idenfy.verifications()).toEqual({ 'scan-1': 'deletable' });
});

it('refuses a caller your authorize refuses, and sends nothing upstream', async () => {
  const response = await post('/idenfy/verifications/delete', { scanRefs: ['scan-1'] }, 'session=guest');

  expect(response.status).toBe(403);
  expect(idenfy.requests).toEqual([]);
});
