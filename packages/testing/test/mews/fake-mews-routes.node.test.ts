import { DEFAULT_IDENTITY_DOCUMENTS, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAR_PATH, DELETE_PATH, documentsFor, GUID, guids, serveMews, type ServedMews } from './mews-support.js';

let served: ServedMews;
afterEach(() => served.server.close());

const [first, second, third] = DEFAULT_IDENTITY_DOCUMENTS.map((doc) => doc.Id);

describe('identityDocuments/delete', () => {
  it('deletes the given documents and answers 200 {} with a Request-Id', async () => {
    served = await serveMews();
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first, second] });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(GUID);
    expect(await response.json()).toEqual({});
    expect(served.mews.identityDocuments().map((doc) => doc.Id)).toEqual([third]);
  });

  it('fails the whole batch with 400 when one well-formed id is unknown', async () => {
    served = await serveMews();
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first, guids(1)[0]] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { Message: string; RequestId: string };
    expect(body.Message).toBe('Invalid IdentityDocumentIds.');
    expect(body.RequestId).toBe(response.headers.get('request-id'));
    expect(served.mews.identityDocuments()).toHaveLength(3);
  });

  it('accepts 100 ids and refuses 101, an empty list and non-GUIDs with 400', async () => {
    const ids = guids(101);
    served = await serveMews({ documents: documentsFor(ids) });
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: ids })).status).toBe(400);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [] })).status).toBe(400);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: ['not-a-guid'] })).status).toBe(400);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: 'x' })).status).toBe(400);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: ids.slice(0, 100) })).status).toBe(200);
    expect(served.mews.identityDocuments()).toHaveLength(1);
  });

  it('answers 204 without a body to Prefer: return=minimal', async () => {
    served = await serveMews();
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] }, { prefer: 'return=minimal' });
    expect(response.status).toBe(204);
    expect(response.headers.get('request-id')).toMatch(GUID);
    expect(await response.text()).toBe('');
  });

  it('needs a non-empty Client', async () => {
    served = await serveMews();
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first], Client: ' ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Message: 'Invalid Client.' });
  });
});

describe('identityDocuments/clear', () => {
  it('deletes every document of the given customers', async () => {
    served = await serveMews();
    const response = await served.post(CLEAR_PATH, { CustomerIds: [DEFAULT_IDENTITY_DOCUMENTS[0]?.CustomerId] });
    expect(response.status).toBe(200);
    expect(served.mews.identityDocuments().map((doc) => doc.Id)).toEqual([third]);
  });

  it('accepts 10 customer ids and refuses 11', async () => {
    served = await serveMews();
    expect((await served.post(CLEAR_PATH, { CustomerIds: guids(11, 'c') })).status).toBe(400);
    expect((await served.post(CLEAR_PATH, { CustomerIds: guids(10, 'c') })).status).toBe(200);
  });
});

describe('addresses, methods and bodies', () => {
  it('is case-sensitive and 404s a trailing slash or an unknown path, with a Request-Id', async () => {
    served = await serveMews();
    for (const path of [`${DELETE_PATH}/`, DELETE_PATH.replace('identityDocuments', 'identitydocuments'), '/api/connector/v1/nope']) {
      const response = await served.post(path, { IdentityDocumentIds: [first] });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('request-id')).toMatch(GUID);
    }
    expect(served.mews.identityDocuments()).toHaveLength(3);
  });

  it('answers 405 to anything but POST', async () => {
    served = await serveMews();
    const response = await fetch(`${served.server.url}${DELETE_PATH}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 400 to a non-JSON content type or body', async () => {
    served = await serveMews();
    const url = `${served.server.url}${DELETE_PATH}`;
    const text = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(400);
    const broken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"Client":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ Message: expect.any(String), RequestId: expect.stringMatching(GUID) });
  });
});

describe('credentials', () => {
  it('answers 401 to a wrong ClientToken or AccessToken, echoing neither', async () => {
    served = await serveMews();
    for (const body of [{ ClientToken: 'wrong-client-token' }, { AccessToken: 'wrong-access-token' }, { AccessToken: undefined }]) {
      const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first], ...body });
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain('wrong-');
      expect(text).not.toContain(DEFAULT_MEWS_CLIENT_TOKEN);
    }
    expect(served.mews.identityDocuments()).toHaveLength(3);
  });

  it('accepts configured tokens only', async () => {
    served = await serveMews({ clientToken: 'ct-1234', accessToken: 'at-1234' });
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(401);
    const ok = await served.post(DELETE_PATH, { IdentityDocumentIds: [first], ClientToken: 'ct-1234', AccessToken: 'at-1234' });
    expect(ok.status).toBe(200);
  });

  it('requires a ChainId for portfolio tokens only', async () => {
    served = await serveMews({ portfolioTokens: ['portfolio-token-1'] });
    const portfolio = { AccessToken: 'portfolio-token-1', IdentityDocumentIds: [first] };
    const missing = await served.post(DELETE_PATH, portfolio);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ Message: 'Invalid ChainId.' });
    expect((await served.post(DELETE_PATH, { ...portfolio, ChainId: guids(1, 'a')[0] })).status).toBe(200);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [second] })).status).toBe(200);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [third], ChainId: 'ignored' })).status).toBe(200);
  });

  it('keeps secrets out of the request log', async () => {
    served = await serveMews({ portfolioTokens: ['portfolio-token-1'] });
    await served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    await served.post(CLEAR_PATH, { AccessToken: 'portfolio-token-1', CustomerIds: ['portfolio-token-1'] });
    const [entry] = served.mews.requests;
    expect(entry).toMatchObject({ method: 'POST', path: DELETE_PATH, route: 'delete', status: 200, requestId: expect.stringMatching(GUID) });
    expect(entry?.body).toEqual({ ClientToken: '***', AccessToken: '***', Client: 'Test Suite 1.0.0', IdentityDocumentIds: [first] });
    expect(entry?.headers['content-type']).toBe('application/json');
    const log = JSON.stringify(served.mews.requests);
    for (const secret of [DEFAULT_MEWS_CLIENT_TOKEN, DEFAULT_MEWS_ACCESS_TOKEN, 'portfolio-token-1']) expect(log).not.toContain(secret);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After (whole seconds, rounded up) past the limit per AccessToken, then lets requests through', async () => {
    let now = 1_000_000;
    served = await serveMews({ rateLimit: { limit: 3, windowMs: 1500 }, now: () => new Date(now), portfolioTokens: ['other-token'] });
    const body = { CustomerIds: guids(1, 'c') };
    for (let index = 0; index < 3; index += 1) expect((await served.post(CLEAR_PATH, body)).status).toBe(200);
    const limited = await served.post(CLEAR_PATH, body);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('request-id')).toMatch(GUID);
    expect(await limited.json()).toMatchObject({ Message: expect.any(String), RequestId: expect.stringMatching(GUID) });
    expect((await served.post(CLEAR_PATH, { ...body, AccessToken: 'other-token', ChainId: guids(1, 'a')[0] })).status).toBe(200);
    now += 1500;
    expect((await served.post(CLEAR_PATH, body)).status).toBe(200);
  });

  it('reset restores documents and clears the log and the window', async () => {
    served = await serveMews({ rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(200);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [second] })).status).toBe(429);
    served.mews.reset();
    expect(served.mews.requests).toHaveLength(0);
    expect(served.mews.identityDocuments()).toHaveLength(3);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(200);
  });
});
