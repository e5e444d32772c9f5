import { describe, expect, it } from 'vitest';
import { rawRequest } from './raw-request.js';
import { seedDocuments, serve, startStack } from './stack.js';

/** A server that must never be reached: it counts what it gets. */
async function startTrap() {
  const seen: string[] = [];
  const server = await serve(async (request) => {
    seen.push(`${request.method} ${request.url}`);
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { server, seen, host: new URL(server.url).host };
}

describe('nothing in a request changes where the upstream call goes', () => {
  it('ignores hostile Host and X-Forwarded-* / Forwarded headers', async () => {
    const documents = seedDocuments(1);
    const trap = await startTrap();
    const { app, fakeMews } = await startStack({ documents });
    const answer = await rawRequest(
      app.url,
      '/api/erasure/mews/identity-documents/delete',
      {
        host: trap.host,
        'content-type': 'application/json',
        'x-forwarded-host': trap.host,
        'x-forwarded-proto': 'http',
        'x-forwarded-for': '127.0.0.1',
        'x-forwarded-port': trap.server.url.split(':').at(-1) ?? '',
        forwarded: `host=${trap.host};proto=http`,
        'x-original-url': `${trap.server.url}/api/connector/v1/identityDocuments/delete`,
        'x-rewrite-url': '/api/erasure/idenfy/verifications/delete',
        'x-http-method-override': 'DELETE',
      },
      JSON.stringify({ identityDocumentIds: [documents[0]?.Id] }),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ ok: true });
    expect(fakeMews.requests).toHaveLength(1);
    expect(fakeMews.identityDocuments()).toEqual([]);
    expect(trap.seen).toEqual([]);
  });

  it('ignores an absolute-form request target naming another host', async () => {
    const trap = await startTrap();
    const { app, fakeIdenfy } = await startStack({ verifications: { 'scan-1': 'deletable' } });
    const answer = await rawRequest(
      app.url,
      `${trap.server.url}/api/erasure/idenfy/verifications/delete`,
      { host: trap.host, 'content-type': 'application/json' },
      JSON.stringify({ scanRefs: ['scan-1'] }),
    );
    expect(answer.status).toBe(200);
    expect(fakeIdenfy.verifications()['scan-1']).toBe('deleted');
    expect(trap.seen).toEqual([]);
  });

  it.each([
    (trap: string) => ({ identityDocumentIds: ['7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01'], platformAddress: trap }),
    (trap: string) => ({ identityDocumentIds: ['7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01'], url: `${trap}/api/connector/v1/identityDocuments/delete` }),
    (trap: string) => ({ identityDocumentIds: [`${trap}/api/connector/v1/identityDocuments/delete`] }),
    (trap: string) => ({ identityDocumentIds: [`7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01@${new URL(trap).host}`] }),
    (trap: string) => ({ identityDocumentIds: ['7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01'], chainId: trap }),
  ])('refuses an absolute URL smuggled in the body (%#) and reaches no server', async (makeBody) => {
    const trap = await startTrap();
    const { app, fakeMews } = await startStack();
    const answer = await rawRequest(app.url, '/api/erasure/mews/identity-documents/delete', { 'content-type': 'application/json' }, JSON.stringify(makeBody(trap.server.url)));
    expect(answer.status).toBe(400);
    expect(fakeMews.requests).toHaveLength(0);
    expect(trap.seen).toEqual([]);
  });
});
