import { afterEach, describe, expect, it, vi } from 'vitest';
import { SECRETS, post, seedDocuments, serve, startStack } from './stack.js';

const PORTAL = 'https://portal.example.com';
const basic = Buffer.from(`${SECRETS.idenfyKey}:${SECRETS.idenfySecret}`).toString('base64');
const FORBIDDEN = [
  ...Object.values(SECRETS),
  basic,
  Buffer.from(`${SECRETS.idenfyKey}:${SECRETS.idenfySecret}`).toString('base64url'),
  ...Object.values(SECRETS).map((secret) => Buffer.from(secret).toString('base64')),
];

/** An upstream that echoes everything it received (headers and body) in Mews- and iDenfy-shaped errors. */
async function startEchoUpstream() {
  const received: string[] = [];
  const server = await serve(async (request) => {
    const echo = `${JSON.stringify(Object.fromEntries(request.headers))} ${await request.text()}`;
    received.push(echo);
    const body = request.url.includes('/api/v2/') ? { identifier: 'BAD_VALUE', message: echo } : { Message: echo, Details: echo };
    return new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json', 'request-id': echo.slice(0, 200) } });
  });
  return { url: server.url, received };
}

/** Denies on `x-deny`; throws an error quoting credentials on `x-throw` (the sanitizer must strip them). */
function authorize({ request }: { request: Request }): boolean {
  if (request.headers.has('x-throw')) throw new Error(`session lookup failed with Authorization: Basic ${basic} and {"ClientToken":"${SECRETS.mewsClientToken}"}`);
  return !request.headers.has('x-deny');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('no secret ever leaves the server', () => {
  it('appears in no response, header, audit event, error event or console line across the whole suite', async () => {
    const captured: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void captured.push(args.map(String).join(' ')));
    }
    const record = async (response: Response) => {
      captured.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
      return response.status;
    };
    const documents = seedDocuments(12);
    const ids = (from: number, to: number) => documents.slice(from, to).map((doc) => doc.Id);
    const handler = { authorize, allowedOrigins: [PORTAL], maxBodyBytes: 2_048 };
    const good = await startStack({ documents, verifications: { 'scan-1': 'deletable', 'scan-2': 'active', 'scan-3': 'deletable' }, handler });
    const refused = await startStack({ documents, fakeCredentials: 'different', handler });
    const echo = await startEchoUpstream();
    const echoing = await startStack({ documents, handler, mewsAddress: echo.url, idenfyAddress: `${echo.url}/` });
    const down = await startStack({ documents, handler });
    await down.mewsServer.close();
    await down.idenfyServer.close();
    const statuses: number[] = [];
    const send = async (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
      statuses.push(await record(await post(base, path, body, headers)));
    const DELETE = '/mews/identity-documents/delete';
    const CLEAR = '/mews/identity-documents/clear';
    const IDENFY = '/idenfy/verifications/delete';

    // Successes, proving the clients really hold (and send) these secrets.
    await send(good.app.url, DELETE, { identityDocumentIds: ids(0, 2) }, { origin: PORTAL });
    await send(good.app.url, CLEAR, { customerIds: [documents[5]?.CustomerId] });
    await send(good.app.url, IDENFY, { scanRefs: ['scan-1', 'scan-2'] });
    // Every refusal of the handler.
    await send(good.app.url, DELETE, '{not json');
    await send(good.app.url, DELETE, { identityDocumentIds: ids(2, 3), ClientToken: 'x', AccessToken: 'y', apiKey: 'z' });
    await send(good.app.url, DELETE, { identityDocumentIds: ['nope'] });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(2, 3) }, { 'x-deny': '1' });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(2, 3) }, { 'x-throw': '1' });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(2, 3) }, { origin: 'https://evil.example' });
    await send(good.app.url, '/nowhere', { identityDocumentIds: ids(2, 3) });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(2, 3) }, { 'content-type': 'text/plain' });
    await send(good.app.url, DELETE, { identityDocumentIds: Array.from({ length: 100 }, () => documents[2]?.Id) });
    for (const method of ['GET', 'OPTIONS']) {
      statuses.push(await record(await fetch(`${good.app.url}/api/erasure${DELETE}`, { method, headers: { origin: PORTAL, 'access-control-request-method': 'POST' } })));
    }
    // Upstream refusals and outages.
    await send(good.app.url, DELETE, { identityDocumentIds: ['00000000-0000-4000-8000-000000000000'] });
    good.fakeMews.inject('*', { type: 'status', status: 500, message: 'boom' }, { times: 2 });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(3, 4) });
    good.fakeMews.inject('*', { type: 'status', status: 429, retryAfterSeconds: 0 }, { times: 2 });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(3, 4) });
    good.fakeMews.inject('*', { type: 'drop' }, { times: 2 });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(3, 4) });
    good.fakeMews.inject('*', { type: 'malformed-json' });
    await send(good.app.url, DELETE, { identityDocumentIds: ids(4, 5) });
    good.fakeIdenfy.inject({ type: 'status', status: 500 }, { times: 2 });
    await send(good.app.url, IDENFY, { scanRefs: ['scan-3'] });
    good.fakeIdenfy.inject({ type: 'drop' }, { times: 2 });
    await send(good.app.url, IDENFY, { scanRefs: ['scan-3'] });
    for (const stack of [refused, echoing, down]) {
      await send(stack.app.url, DELETE, { identityDocumentIds: ids(6, 8) });
      await send(stack.app.url, CLEAR, { customerIds: [documents[10]?.CustomerId] });
      await send(stack.app.url, IDENFY, { scanRefs: ['scan-1'] });
    }
    for (const stack of [good, refused, echoing, down]) {
      captured.push(JSON.stringify(stack.errors), JSON.stringify(stack.audits.map(({ request, ...event }) => ({ ...event, url: request.url, headers: [...request.headers] }))));
    }

    // The suite really covered successes, refusals of every kind, and upstream failures.
    expect(new Set(statuses)).toEqual(new Set([200, 204, 400, 403, 404, 405, 413, 415, 429, 502]));
    expect(good.fakeMews.requests.length).toBeGreaterThan(0);
    // The echoing upstream really had every credential to echo back.
    for (const secret of [SECRETS.mewsClientToken, SECRETS.mewsAccessToken, basic]) expect(echo.received.join('\n')).toContain(secret);
    expect(good.errors.length + good.audits.length).toBeGreaterThan(0);
    const haystack = captured.join('\n');
    for (const secret of FORBIDDEN) expect(haystack).not.toContain(secret);
  }, 30_000);
});

/** Every 16-character piece of every secret: any of them in a response is part of a secret leaked. */
const PIECES = [...Object.values(SECRETS), basic].flatMap((secret) =>
  Array.from({ length: secret.length - 15 }, (_, start) => secret.slice(start, start + 16)),
);

/** Lays out an echo in an error message, given where in it the first credential starts and where we cut messages. */
type Shape = (echo: string, secretAt: number, cutAt: number) => string;

/** An upstream that echoes a credential (Mews: the body with ClientToken; iDenfy: the Authorization header). */
async function startShapedEcho(shape: Shape) {
  return serve(async (request) => {
    const idenfy = request.url.includes('/api/v2/');
    const echo = idenfy ? `Authorization: ${request.headers.get('authorization') ?? ''}` : await request.text();
    const secretAt = echo.indexOf(idenfy ? basic : SECRETS.mewsClientToken);
    const message = shape(echo, secretAt, idenfy ? 300 : 500);
    const body = idenfy ? { identifier: 'BAD_VALUE', message } : { Message: message };
    return new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } });
  });
}

describe('a secret cut in two', () => {
  it.each<[string, Shape, string]>([
    // Padded so that our cut (Mews messages at 500 characters, iDenfy's at 300) lands 20 characters into the secret.
    ['by our cut to length', (echo, at, cutAt) => `Echo: ${'x'.repeat(cutAt - 'Echo: '.length - at - 20)}${echo}`, 'Echo: xxx'],
    ['by the upstream, which cut its own echo', (echo, at) => `Echo (cut): ${echo.slice(0, at + 20)}`, 'Echo (cut): '],
  ])('never reaches the response even in part when cut %s', async (_, shape, kept) => {
    const echo = await startShapedEcho(shape);
    const { app } = await startStack({ mewsAddress: echo.url, idenfyAddress: `${echo.url}/` });
    for (const [path, body] of [
      ['/mews/identity-documents/delete', { identityDocumentIds: [seedDocuments(1)[0]?.Id] }],
      ['/idenfy/verifications/delete', { scanRefs: ['scan-1'] }],
    ] as const) {
      const response = await post(app.url, path, body);
      const text = await response.text();
      // The upstream's message still comes through: only the secret is gone.
      expect(text).toContain(kept);
      for (const piece of PIECES) expect(text).not.toContain(piece);
    }
  });
});
