import { sleep } from '../sleep.js';
import { DEFAULT_IDENTITY_DOCUMENTS, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from './default-identity-documents.js';
import type { FakeMews, FakeMewsOptions, MewsRecordedRequest, MewsRoute } from './fake-mews-types.js';
import { ID_FIELDS, idCount, isGuid, readJsonObject, redactBody } from './mews-body.js';
import { createMewsFaultQueue } from './mews-fault-queue.js';
import { mewsError, mewsMalformed, mewsSuccess } from './mews-responses.js';
import { SlidingWindowLimiter } from './sliding-window-limiter.js';

const ROUTES: ReadonlyMap<string, MewsRoute> = new Map([
  ['/api/connector/v1/identityDocuments/delete', 'delete'],
  ['/api/connector/v1/identityDocuments/clear', 'clear'],
]);

function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}

function recordHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = name === 'authorization' ? '***' : value;
  });
  return headers;
}

/**
 * A faithful fake of the Mews Connector API's identity-document erasure (`identityDocuments/delete` and
 * `/clear`): credentials in the JSON body, case-sensitive paths, the documented id limits, Portfolio
 * `ChainId`, `Prefer: return=minimal`, `Request-Id` on every answer, a per-AccessToken sliding-window rate
 * limit and injectable faults. Unknown but well-formed document ids fail the whole batch with 400
 * (undocumented at Mews; our guess). `clear` accepts any well-formed customer id.
 *
 * @example
 * const mews = createFakeMews();
 * const server = await startFakeServer(mews.handler);
 * mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 1 });
 */
export function createFakeMews(options: FakeMewsOptions = {}): FakeMews {
  const clientToken = options.clientToken ?? DEFAULT_MEWS_CLIENT_TOKEN;
  const accessToken = options.accessToken ?? DEFAULT_MEWS_ACCESS_TOKEN;
  const portfolioTokens = new Set(options.portfolioTokens ?? []);
  const secrets = new Set([clientToken, accessToken, ...portfolioTokens]);
  const seed = options.documents ?? DEFAULT_IDENTITY_DOCUMENTS;
  const now = () => (options.now ? options.now().getTime() : Date.now());
  const limiter = new SlidingWindowLimiter(options.rateLimit?.limit ?? 200, options.rateLimit?.windowMs ?? 30_000);
  const faults = createMewsFaultQueue();
  const requests: MewsRecordedRequest[] = [];
  let documents = seed.map((doc) => ({ ...doc }));

  function perform(route: MewsRoute, body: Record<string, unknown>, request: Request, requestId: string): Response {
    if (body.ClientToken !== clientToken) return mewsError(401, 'Invalid ClientToken.', requestId);
    const token = body.AccessToken;
    if (typeof token !== 'string' || (token !== accessToken && !portfolioTokens.has(token))) {
      return mewsError(401, 'Invalid AccessToken.', requestId);
    }
    if (typeof body.Client !== 'string' || body.Client.trim() === '') return mewsError(400, 'Invalid Client.', requestId);
    const { field, max } = ID_FIELDS[route];
    const ids = body[field];
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > max || !ids.every(isGuid)) {
      return mewsError(400, `Invalid ${field}.`, requestId);
    }
    if (portfolioTokens.has(token) && !isGuid(body.ChainId)) return mewsError(400, 'Invalid ChainId.', requestId);
    const wanted = new Set(ids.map((id) => id.toLowerCase()));
    if (route === 'delete') {
      const known = new Set(documents.map((doc) => doc.Id.toLowerCase()));
      if ([...wanted].some((id) => !known.has(id))) return mewsError(400, `Invalid ${field}.`, requestId);
      documents = documents.filter((doc) => !wanted.has(doc.Id.toLowerCase()));
    } else {
      documents = documents.filter((doc) => !wanted.has(doc.CustomerId.toLowerCase()));
    }
    return mewsSuccess(request, requestId);
  }

  async function respond(request: Request, route: MewsRoute | undefined, record: MewsRecordedRequest): Promise<Response> {
    const { requestId } = record;
    if (route === undefined) return mewsError(404, 'Not found.', requestId);
    if (request.method !== 'POST') return mewsError(405, 'Method not allowed.', requestId, { allow: 'POST' });
    const body = await readJsonObject(request);
    // Mews does not document its cap; 413 with a Mews-shaped body is our guess (like nginx in front of an API).
    if (body === 'too-large') return mewsError(413, 'Request entity too large.', requestId);
    if (body === undefined) return mewsError(400, 'Invalid request: expected a JSON object with Content-Type application/json.', requestId);
    record.body = redactBody(body, secrets);
    if (typeof body.AccessToken === 'string') {
      const waitMs = limiter.hit(body.AccessToken, now());
      if (waitMs > 0) {
        return mewsError(429, 'Too many requests.', requestId, { 'retry-after': String(Math.ceil(waitMs / 1000)) });
      }
    }
    const fault = faults.take(route);
    switch (fault?.type) {
      case 'status': {
        const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
        return mewsError(fault.status, fault.message ?? `Injected fault: ${fault.status}.`, requestId, headers);
      }
      case 'latency':
        if (fault.when !== 'after') await sleep(fault.ms, request.signal);
        break;
      case 'drop':
        if (fault.when !== 'after') return Response.error();
        break;
      case 'too-heavy':
        if (idCount(route, body) > fault.maxIds) return mewsError(408, 'Request too heavy.', requestId);
        break;
      case 'malformed-json':
      case undefined:
        break;
      default:
        fault satisfies never;
    }
    const response = perform(route, body, request, requestId);
    if (fault?.type === 'drop') return Response.error();
    if (fault?.type === 'malformed-json' && response.ok) return mewsMalformed(requestId);
    // Deleted now, answered late: the caller may give up first, not knowing it was deleted.
    if (fault?.type === 'latency' && fault.when === 'after') await sleep(fault.ms);
    return response;
  }

  async function handler(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const route = ROUTES.get(url.pathname);
    const record: MewsRecordedRequest = {
      method: request.method,
      path: url.pathname + url.search,
      route: route ?? 'unknown',
      headers: recordHeaders(request),
      requestId: newRequestId(),
    };
    requests.push(record);
    try {
      const response = await respond(request, route, record);
      if (response.type !== 'error') record.status = response.status;
      return response;
    } catch (error) {
      // As the fake iDenfy: an aborted request has nobody left to answer (a rejection would read as a bug of the
      // fake in MSW's and the server runner's logs); anything else is a bug worth a readable 500.
      if (request.signal.aborted) return Response.error();
      record.status = 500;
      return mewsError(500, `The fake Mews failed: ${error instanceof Error ? error.message : String(error)}`, record.requestId);
    }
  }

  return {
    handler,
    inject: (route, fault, injectOptions = {}) => faults.add(route, fault, injectOptions.times ?? 1),
    clearFaults: () => faults.clear(),
    requests,
    identityDocuments: () => documents.map((doc) => ({ ...doc })),
    reset: () => {
      documents = seed.map((doc) => ({ ...doc }));
      faults.clear();
      requests.length = 0;
      limiter.clear();
    },
  } satisfies FakeMews;
}
