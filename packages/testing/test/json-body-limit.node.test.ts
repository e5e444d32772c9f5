import { createFakeIdenfy, createFakeMews, createJpegBytes, DEFAULT_IDENTITY_DOCUMENTS, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, serve } from './support.js';

// The cap the README documents for JSON bodies: 1 MiB, as nginx's default `client_max_body_size`.
const LIMIT = 1024 * 1024;
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** `body` as JSON, padded with trailing whitespace (still valid JSON) to exactly `bytes` bytes. */
function paddedJson(body: unknown, bytes: number): string {
  const text = JSON.stringify(body);
  return text + ' '.repeat(bytes - text.length);
}

function mewsDelete(id: string | undefined) {
  return { ClientToken: DEFAULT_MEWS_CLIENT_TOKEN, AccessToken: DEFAULT_MEWS_ACCESS_TOKEN, Client: 'Test 1.0', IdentityDocumentIds: [id] };
}

function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('JSON bodies over 1 MiB get 413, at the limit they are read', () => {
  it('documents API: create', async () => {
    const served = await serve();
    servers.push(served.server);
    const upload = await served.upload(createJpegBytes(), 'scan.jpg');
    const { path } = (await upload.json()) as { path: string };
    const before = served.api.documents().length;
    const url = `${served.server.url}/api/v2/my/documents`;

    const over = await postJson(url, paddedJson({ file: path, typeId: 1 }, LIMIT + 1), AUTH);
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ code: 'BODY_TOO_LARGE', message: `The request body is over the ${LIMIT} bytes allowed.` });
    expect(served.api.documents()).toHaveLength(before);

    const at = await postJson(url, paddedJson({ file: path, typeId: 1 }, LIMIT), AUTH);
    expect(at.status).toBe(201);
    expect(served.api.documents()).toHaveLength(before + 1);
  });

  it('documents API: the control route that injects faults', async () => {
    const served = await serve({ controlPath: '/__fake' });
    servers.push(served.server);
    const url = `${served.server.url}/__fake/faults`;
    const fault = { route: 'list', fault: { type: 'status', status: 503 } };

    const over = await postJson(url, paddedJson(fault, LIMIT + 1));
    expect(over.status).toBe(413);
    expect((await served.call('/api/v2/my/documents')).status).toBe(200);

    expect((await postJson(url, paddedJson(fault, LIMIT))).status).toBe(204);
    expect((await served.call('/api/v2/my/documents')).status).toBe(503);
  });

  it('Mews: identityDocuments/delete', async () => {
    const mews = createFakeMews();
    const server = await startFakeServer(mews.handler);
    servers.push(server);
    const url = `${server.url}/api/connector/v1/identityDocuments/delete`;
    const [first, second] = DEFAULT_IDENTITY_DOCUMENTS.map((doc) => doc.Id);

    const over = await postJson(url, paddedJson(mewsDelete(first), LIMIT + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ Message: 'Request entity too large.' });
    expect(mews.identityDocuments().map((doc) => doc.Id)).toContain(first);
    // The log never holds an unread body, nor the tokens.
    expect(JSON.stringify(mews.requests)).not.toContain(DEFAULT_MEWS_ACCESS_TOKEN);

    expect((await postJson(url, paddedJson(mewsDelete(second), LIMIT))).status).toBe(200);
    expect(mews.identityDocuments().map((doc) => doc.Id)).not.toContain(second);
  });

  it('iDenfy: /api/v2/delete', async () => {
    const idenfy = createFakeIdenfy({ apiKey: 'k', apiSecret: 's', verifications: { a: 'deletable', b: 'deletable' } });
    const server = await startFakeServer(idenfy.handler);
    servers.push(server);
    const url = `${server.url}/api/v2/delete`;
    const auth = { authorization: `Basic ${btoa('k:s')}` };

    const over = await postJson(url, paddedJson({ scanRefs: ['a'] }, LIMIT + 1), auth);
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ identifier: 'REQUEST_TOO_LARGE' });
    expect(idenfy.verifications()).toEqual({ a: 'deletable', b: 'deletable' });

    expect((await postJson(url, paddedJson({ scanRefs: ['b'] }, LIMIT), auth)).status).toBe(200);
    expect(idenfy.verifications()).toEqual({ a: 'deletable', b: 'deleted' });
  });
});
