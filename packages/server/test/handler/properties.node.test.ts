import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createErasureHandler, ERASURE_ERROR_CODES, GUID_PATTERN, SCAN_REF_PATTERN } from '../../src/index.js';
import { recordingClients } from './support.js';

const MAX_IDS = 20;
const MAX_BYTES = 4_096;
const ROUTES = [
  { path: '/api/erasure/mews/identity-documents/delete', field: 'identityDocumentIds', pattern: GUID_PATTERN, chain: true },
  { path: '/api/erasure/mews/identity-documents/clear', field: 'customerIds', pattern: GUID_PATTERN, chain: true },
  { path: '/api/erasure/idenfy/verifications/delete', field: 'scanRefs', pattern: SCAN_REF_PATTERN, chain: false },
] as const;
type Route = (typeof ROUTES)[number];

const clients = recordingClients();
const handler = createErasureHandler({ ...clients, authorize: () => true, maxIds: MAX_IDS, maxBodyBytes: MAX_BYTES });

function send(path: string, body: string, contentType: string | null = 'application/json', method = 'POST'): Promise<Response> {
  const headers = contentType === null ? {} : { 'content-type': contentType };
  const init = method === 'GET' || method === 'HEAD' ? { method, headers } : { method, headers, body: new TextEncoder().encode(body) };
  return handler(new Request(`http://app.test${path}`, init));
}

/** What one request came to, reduced to facts every answer must satisfy. */
interface Observation {
  status: number;
  /** Upstream calls the request made. */
  upstreamCalls: number;
  /** JSON with the security headers. */
  jsonHeaders: boolean;
  /** 200, or an `error.code` from the table whose status is the one answered (HEAD: no body by HTTP). */
  errorContract: boolean;
  /** No call, or a call whose ids and chainId have the documented shape and count. */
  callIsSafe: boolean;
}

async function errorContract(response: Response, method: string): Promise<boolean> {
  if (response.status === 200 || method === 'HEAD') return true;
  const body = (await response.json()) as { error?: { code?: unknown } };
  const code = body.error?.code;
  return typeof code === 'string' && Object.hasOwn(ERASURE_ERROR_CODES, code) && ERASURE_ERROR_CODES[code as keyof typeof ERASURE_ERROR_CODES].status === response.status;
}

function callIsSafe(before: number, route: Route | undefined): boolean {
  if (clients.calls.length === before) return true;
  const call = clients.calls.at(-1);
  if (call === undefined || route === undefined) return false;
  const chainId = call.options?.chainId;
  return call.ids.length >= 1 && call.ids.length <= MAX_IDS && call.ids.every((id) => route.pattern.test(id)) && (chainId === undefined || GUID_PATTERN.test(chainId));
}

async function observe(path: string, body: string, contentType: string | null = 'application/json', method = 'POST'): Promise<Observation> {
  const before = clients.calls.length;
  const response = await send(path, body, contentType, method);
  return {
    status: response.status,
    upstreamCalls: clients.calls.length - before,
    jsonHeaders: response.headers.get('content-type') === 'application/json; charset=utf-8' && response.headers.get('cache-control') === 'no-store',
    errorContract: await errorContract(response, method),
    callIsSafe: callIsSafe(before, ROUTES.find((route) => route.path === path)),
  };
}

/** The invariants of any answer that `observation` breaks: never 5xx, a call only with a 200, JSON, the table, safe calls. */
function violations(observation: Observation): string[] {
  const broken: string[] = [];
  if (observation.status >= 500) broken.push(`answered ${observation.status}`);
  if (observation.upstreamCalls !== (observation.status === 200 ? 1 : 0)) broken.push(`${observation.upstreamCalls} upstream calls with ${observation.status}`);
  if (!observation.jsonHeaders) broken.push('not JSON / cacheable');
  if (!observation.errorContract) broken.push('error code missing or not matching the status');
  if (!observation.callIsSafe) broken.push('an upstream call with ids of the wrong shape');
  return broken;
}

const json = fc.jsonValue({ maxDepth: 3 });
const routeArb = fc.constantFrom(...ROUTES);
const validIdArb = (route: Route) =>
  route.pattern === GUID_PATTERN ? fc.uuid() : fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const badIdArb = (route: Route) =>
  fc.oneof(json, fc.string({ maxLength: 80 }), fc.constant(''), fc.constant('a'.repeat(65))).filter((value) => typeof value !== 'string' || !route.pattern.test(value));

/** A near-valid body with exactly one mutation that makes it invalid. */
const invalidBodyArb = routeArb.chain((route) =>
  fc.tuple(fc.constant(route), fc.array(validIdArb(route), { minLength: 1, maxLength: MAX_IDS })).chain(([r, ids]) =>
    fc.oneof(
      fc.record({ key: fc.oneof(fc.constantFrom('ClientToken', 'AccessToken', 'Client', 'apiKey', 'apiSecret', '__proto__', 'constructor', 'chainid', r.field.toUpperCase()), fc.string({ minLength: 1, maxLength: 12 })).filter((k) => k !== r.field && k !== 'chainId'), value: json }).map(({ key, value }) => `{${JSON.stringify(r.field)}:${JSON.stringify(ids)},${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}}`),
      fc.tuple(fc.nat({ max: ids.length - 1 }), badIdArb(r)).map(([index, bad]) => JSON.stringify({ [r.field]: ids.map((id, i) => (i === index ? bad : id)) })),
      json.filter((value) => !Array.isArray(value)).map((value) => JSON.stringify({ [r.field]: value })),
      fc.constant(JSON.stringify({ [r.field]: [] })),
      fc.array(validIdArb(r), { minLength: MAX_IDS + 1, maxLength: MAX_IDS + 5 }).map((many) => JSON.stringify({ [r.field]: many })),
      json.filter((value) => typeof value !== 'string' || !GUID_PATTERN.test(value) || !r.chain).map((chainId) => JSON.stringify({ [r.field]: ids, chainId })),
      fc.constant(JSON.stringify({ [r.field]: ids }).slice(0, -1)),
      fc.nat({ max: 3 * MAX_BYTES }).map((pad) => `${JSON.stringify({ [r.field]: ids })}${' '.repeat(MAX_BYTES + 1 + pad)}`),
    ).map((body) => ({ route: r, body })),
  ),
);

const contentTypeArb = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=utf-16', 'application/ld+json'),
  fc.string({ maxLength: 40 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value)),
  fc.constant(null),
);

describe('the handler under generated input', { timeout: 60_000 }, () => {
  it('refuses every near-valid body that has one thing wrong, with a 4xx and no upstream call', async () => {
    await fc.assert(
      fc.asyncProperty(invalidBodyArb, async ({ route, body }) => {
        const observation = await observe(route.path, body);
        expect(violations(observation)).toEqual([]);
        expect([400, 413]).toContain(observation.status);
      }),
      { numRuns: 3_500 },
    );
  }, 30_000);

  it('never answers 5xx to arbitrary JSON values, and only calls upstream for valid input', async () => {
    await fc.assert(
      fc.asyncProperty(routeArb, fc.oneof(json, fc.dictionary(fc.constantFrom('identityDocumentIds', 'customerIds', 'scanRefs', 'chainId', 'x'), json)), async (route, value) => {
        expect(violations(await observe(route.path, JSON.stringify(value) ?? 'null'))).toEqual([]);
      }),
      { numRuns: 2_500 },
    );
  }, 30_000);

  it('keeps its contract under random content types, methods, paths and sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(routeArb.map((route) => route.path), fc.constantFrom('/api/erasure', '/', '/api/erasure/mews/identity-documents/delete/'), fc.webPath()),
        fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'),
        contentTypeArb,
        fc.oneof(fc.string({ maxLength: 200 }), fc.nat({ max: 2 * MAX_BYTES }).map((size) => 'x'.repeat(size)), json.map((value) => JSON.stringify(value) ?? '')),
        async (path, method, contentType, body) => {
          expect(violations(await observe(path, body, contentType, method))).toEqual([]);
        },
      ),
      { numRuns: 3_000 },
    );
  }, 30_000);

  it('accepts every valid body and forwards exactly its de-duplicated ids', async () => {
    await fc.assert(
      fc.asyncProperty(
        routeArb.chain((route) => fc.tuple(fc.constant(route), fc.array(validIdArb(route), { minLength: 1, maxLength: MAX_IDS }), fc.option(fc.uuid(), { nil: undefined }))),
        async ([route, ids, chainId]) => {
          const body = route.chain && chainId !== undefined ? { [route.field]: ids, chainId } : { [route.field]: ids };
          const observation = await observe(route.path, JSON.stringify(body));
          expect(violations(observation)).toEqual([]);
          expect(observation.status).toBe(200);
          expect(clients.calls.at(-1)?.ids).toEqual([...new Set(ids)]);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
