import { describe, expect, it } from 'vitest';
import { createErasureHandler, toNodeHandler } from '../../src/index.js';
import { rawRequest } from '../handler/raw-request.js';
import { recordingClients } from '../handler/support.js';
import { chain, listen } from './support.js';

const ROUTE = '/api/erasure/idenfy/verifications/delete';
const BODY = JSON.stringify({ scanRefs: ['scan-1'] });
const HEADERS = { host: 'portal.example', 'content-type': 'application/json' };

/** The handler behind toNodeHandler, recording the URL each authorize call saw. */
function setup() {
  const { idenfy, calls } = recordingClients();
  const seen: string[] = [];
  const handler = createErasureHandler({ idenfy, authorize: ({ request }) => (seen.push(request.url), true) });
  return { handler, calls, seen };
}

// Each would be rewritten by URL parsing into an erasure route on some host: refused instead.
const REWRITTEN = [
  `//attacker.example${ROUTE}`,
  `/\\attacker.example${ROUTE}`,
  `/static/%2e%2e${ROUTE}`,
  `/static/%2E.${ROUTE}`,
  `/static/..${ROUTE}`,
  `/api/erasure/./idenfy/verifications/delete`,
  `/api/erasure/%2e/idenfy/verifications/delete`,
];

describe('request targets that URL parsing would rewrite', () => {
  it.each(REWRITTEN)('answers 400 BAD_REQUEST_TARGET to %s, before authorize or any upstream call', async (target) => {
    const { handler, calls, seen } = setup();
    const url = await listen(toNodeHandler(handler));
    const answer = await rawRequest(url, target, HEADERS, BODY);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'BAD_REQUEST_TARGET' } });
    expect(seen).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('passes them on to the app as middleware, since none is one of its routes as sent', async () => {
    const { handler, calls, seen } = setup();
    const url = await listen(chain({ use: toNodeHandler(handler) }));
    for (const target of REWRITTEN) expect([target, (await rawRequest(url, target, HEADERS, BODY)).status]).toEqual([target, 418]);
    expect(seen).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('refuses them under a basePath prefix it was told is its own', async () => {
    const { handler, calls } = setup();
    const url = await listen(chain({ use: toNodeHandler(handler, { basePath: '/api/erasure' }) }));
    expect((await rawRequest(url, `/api/erasure/../profile`, HEADERS, BODY)).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('still serves the route, on the Host it was sent to, with dots in the query or inside a segment', async () => {
    const { handler, calls, seen } = setup();
    const url = await listen(toNodeHandler(handler));
    for (const target of [`${ROUTE}?from=/static/../x`, ROUTE]) expect((await rawRequest(url, target, HEADERS, BODY)).status).toBe(200);
    expect((await rawRequest(url, '/api/erasure/idenfy/verifications/..delete', HEADERS, BODY)).status).toBe(404);
    expect(seen).toEqual([`http://portal.example${ROUTE}?from=/static/../x`, `http://portal.example${ROUTE}`]);
    expect(calls).toHaveLength(2);
  });
});
