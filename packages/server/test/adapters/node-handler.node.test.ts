import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ErasureReport } from '../../src/erasure-report.js';
import { createErasureHandler, toNodeHandler, type ErasureHandlerOptions } from '../../src/index.js';
import { deferred, recordingClients, type Respond } from '../handler/support.js';
import { chain, jsonBodyParser, listen } from './support.js';

const PATH = '/api/erasure/mews/identity-documents/delete';

/** The last middleware of a chain: answers with the body a parser before it left on the request. */
const echoParsed: Parameters<typeof chain>[0]['use'] = (req, res) => res.end(JSON.stringify((req as typeof req & { body: unknown }).body));

function setup(options: Partial<ErasureHandlerOptions> = {}, respond?: Respond) {
  const clients = recordingClients(respond);
  const handler = createErasureHandler({ ...clients, authorize: () => true, ...options });
  return { handler, calls: clients.calls };
}

const post = (url: string, body: unknown = { identityDocumentIds: [randomUUID()] }) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('toNodeHandler', () => {
  it('serves the handler as a plain node:http listener', async () => {
    const { handler, calls } = setup();
    const url = await listen(toNodeHandler(handler));
    const id = randomUUID();
    const response = await post(`${url}${PATH}`, { identityDocumentIds: [id] });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(((await response.json()) as ErasureReport).deleted).toEqual([id]);
    expect(calls).toHaveLength(1);
    expect((await post(`${url}/elsewhere`)).status).toBe(404);
  });

  it('works as Express/Connect middleware mounted at a prefix, passing other paths to next()', async () => {
    const { handler, calls } = setup();
    const url = await listen(chain({ mount: '/api/erasure', use: toNodeHandler(handler, { basePath: '/api/erasure' }) }));
    expect((await post(`${url}${PATH}`)).status).toBe(200);
    const other = await post(`${url}/api/erasurex/mews/identity-documents/delete`);
    expect(other.status).toBe(418);
    expect(await other.text()).toBe('fell through');
    expect(calls).toHaveLength(1);
  });

  it('as Connect middleware without basePath (`app.use(erasure)`), handles its routes and passes every other path to next()', async () => {
    const { handler, calls } = setup();
    const url = await listen(chain({ use: toNodeHandler(handler) }));
    expect((await post(`${url}${PATH}`)).status).toBe(200);
    expect((await post(`${url}${PATH}?source=profile`)).status).toBe(200);
    for (const path of ['/profile', '/', '/api/erasure', '/api/erasure/unknown', `${PATH}/`]) {
      const other = await fetch(`${url}${path}`);
      expect([path, other.status, await other.text()]).toEqual([path, 418, 'fell through']);
    }
    expect(calls).toHaveLength(2);
  });

  it('passes on the body of a path it does not handle, untouched, to the next middleware', async () => {
    const { handler, calls } = setup();
    const url = await listen(chain({ use: toNodeHandler(handler) }, { use: jsonBodyParser }, { use: echoParsed }));
    const answer = await post(`${url}/profile`, { name: 'Ada' });
    expect(await answer.json()).toEqual({ name: 'Ada' });
    expect(calls).toHaveLength(0);
  });

  it('knows the routes of a handler with its own basePath, and of an upstream left out', async () => {
    const { idenfy, calls } = recordingClients();
    const handler = createErasureHandler({ idenfy, authorize: () => true, basePath: '/gdpr' });
    const url = await listen(chain({ use: toNodeHandler(handler) }));
    expect((await post(`${url}/gdpr/idenfy/verifications/delete`, { scanRefs: ['scan-1'] })).status).toBe(200);
    // No Mews client: its route is not one of this handler's, so the app answers.
    expect((await post(`${url}/gdpr/mews/identity-documents/delete`)).status).toBe(418);
    expect((await post(`${url}${PATH}`)).status).toBe(418);
    expect(calls).toHaveLength(1);
  });

  it('for a function it did not make, handles the paths under /api/erasure unless given basePath', async () => {
    const { handler } = setup();
    const wrapped = (request: Request) => handler(request);
    const url = await listen(chain({ use: toNodeHandler(wrapped) }));
    expect((await post(`${url}${PATH}`)).status).toBe(200);
    expect((await post(`${url}/api/erasure/unknown`)).status).toBe(404);
    expect((await fetch(`${url}/profile`)).status).toBe(418);
  });

  it('answers 500 BODY_ALREADY_READ when a body parser ran first', async () => {
    const { handler, calls } = setup();
    const url = await listen(chain({ use: jsonBodyParser }, { use: toNodeHandler(handler) }));
    const response = await post(`${url}${PATH}`);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BODY_ALREADY_READ');
    expect(body.error.message).toMatch(/before express\.json\(\)/);
    expect(calls).toHaveLength(0);
  });

  it('works when mounted before the body parser', async () => {
    const { handler } = setup();
    const url = await listen(chain({ use: toNodeHandler(handler, { basePath: '/api/erasure' }) }, { use: jsonBodyParser }));
    expect((await post(`${url}${PATH}`)).status).toBe(200);
  });

  it('answers 413 to an endless chunked body, then closes the connection instead of reading on', async () => {
    const { handler, calls } = setup({ maxBodyBytes: 1_024 });
    const url = new URL(await listen(toNodeHandler(handler)));
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => (answer += text));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write(`POST ${PATH} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = ' '.repeat(4_096);
    const pump = setInterval(() => {
      if (!socket.destroyed) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }, 1);
    await closed;
    clearInterval(pump);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('"PAYLOAD_TOO_LARGE"');
    expect(calls).toHaveLength(0);
  });

  it('aborts the upstream call when the client disconnects', async () => {
    const upstreamStarted = deferred();
    const upstreamAborted = deferred<unknown>();
    const { handler, calls } = setup({}, (ids) => {
      upstreamStarted.resolve();
      const signal = calls[0]?.options?.signal;
      return new Promise<ErasureReport>((resolve) =>
        signal?.addEventListener('abort', () => {
          upstreamAborted.resolve(signal.reason);
          resolve({ ok: false, deleted: [], failed: [], notAttempted: [...ids] });
        }),
      );
    });
    const url = await listen(toNodeHandler(handler));
    const controller = new AbortController();
    const request = fetch(`${url}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identityDocumentIds: [randomUUID()] }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    await upstreamStarted.promise;
    controller.abort();
    expect(await request).toBeInstanceOf(Error);
    expect(await upstreamAborted.promise).toBeInstanceOf(DOMException);
  });

  it('passes an unexpected failure to next() when there is one', async () => {
    const url = await listen(
      chain({
        use: toNodeHandler(() => {
          throw new Error('handler bug');
        }),
      }),
    );
    const response = await post(`${url}${PATH}`);
    expect(response.status).toBe(599);
  });
});
