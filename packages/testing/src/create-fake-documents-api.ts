import { inEnvelope, malformedJsonResponse, statusFaultResponse, withRawStatus } from './apply-fault.js';
import { handleControl } from './control-routes.js';
import { createCorsPolicy } from './cors-policy.js';
import { DEFAULT_SEED } from './default-seed.js';
import { DEFAULT_TYPE_IDS } from './document-type-names.js';
import { createDocument, deleteDocument, getDocument, listDocuments } from './documents-routes.js';
import { DocumentsStore } from './documents-store.js';
import type { DocumentsRoute, FakeDocumentsApi, FakeDocumentsApiOptions, Fault, FetchHandler, RecordedRequest } from './fake-documents-types.js';
import { createDocumentsFaultQueue } from './documents-fault-queue.js';
import { getFile, uploadFile } from './files-routes.js';
import { matchDocumentsRoute } from './match-documents-route.js';
import { withThrottledBody } from './read-body.js';
import { errorResponse } from './responses.js';
import { finished, outcomeResponse, type RouteContext, type RouteOutcome } from './route-outcome.js';
import { sleep } from './sleep.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function authError(request: Request, tokens: readonly string[]): RouteOutcome | undefined {
  const header = request.headers.get('authorization');
  if (header === null) return finished(errorResponse('UNAUTHORIZED', 'Missing "Authorization: Bearer <access token>" header.'));
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) return finished(errorResponse('UNAUTHORIZED', 'The Authorization header must use the Bearer scheme.'));
  if (!tokens.includes(token)) return finished(errorResponse('UNAUTHORIZED', 'The access token is invalid or has expired.'));
  return undefined;
}

/**
 * A faithful in-memory fake of the B2Core v2 documents API (`/api/v2/my/documents`, plus the upload step),
 * as a fetch-standard handler with fault injection. Browser-safe.
 * @example
 * const api = createFakeDocumentsApi({ seed: false });
 * api.inject('list', { type: 'status', status: 503, retryAfterSeconds: 1 });
 * const response = await api.handler(new Request('http://x/api/v2/my/documents', { headers: { authorization: 'Bearer test-token' } }));
 */
export function createFakeDocumentsApi(options: FakeDocumentsApiOptions = {}): FakeDocumentsApi {
  const tokens = options.accessTokens ?? ['test-token'];
  const seed = options.seed === false ? [] : (options.seed ?? DEFAULT_SEED);
  const typeIds = options.typeIds ?? DEFAULT_TYPE_IDS;
  const maxUploadBytes = options.maxUploadBytes ?? 25 * 1024 * 1024;
  const { storage } = options;
  const controlPath = options.controlPath?.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const store = new DocumentsStore(now);
  // One baseline, so that a reset restores exactly the same seeded times.
  const seededAt = now();
  const faults = createDocumentsFaultQueue();
  const requests: RecordedRequest[] = [];
  const cors = createCorsPolicy(options.corsOrigins);
  let loaded: Promise<void> | undefined = storage ? undefined : Promise.resolve();
  store.seed(seed, seededAt);

  const ensureLoaded = (): Promise<void> =>
    (loaded ??= Promise.resolve(storage?.load()).then((snapshot) => {
      if (snapshot) store.restore(snapshot);
    }));
  const persist = async (): Promise<void> => {
    await storage?.save(store.snapshot());
  };
  const reset = (): void => {
    store.seed(seed, seededAt);
    faults.clear();
    requests.length = 0;
    loaded = Promise.resolve();
    persist().catch((error: unknown) => console.warn('@iddocs/testing: saving the reset state failed', error));
  };

  const perform = async (request: Request, route: DocumentsRoute, id: string | undefined, context: RouteContext): Promise<RouteOutcome> => {
    const denied = authError(request, tokens);
    if (denied) return denied;
    switch (route) {
      case 'list':
        return listDocuments(new URL(request.url), context);
      case 'get':
        return getDocument(id, context);
      case 'create':
        return createDocument(request, context);
      case 'delete':
        return deleteDocument(id, context);
      case 'upload':
        return uploadFile(request, context);
      case 'file':
        return getFile(id, context);
      default:
        return route satisfies never;
    }
  };

  const runRoute = async (request: Request, route: DocumentsRoute, id: string | undefined, prefix: string, record: RecordedRequest): Promise<Response> => {
    await ensureLoaded();
    const context: RouteContext = { store, typeIds, maxUploadBytes, uniqueFiles: options.uniqueFiles ?? false, persist, prefix, record };
    const run = (current: Request): Promise<RouteOutcome> => perform(current, route, id, context);
    let current = request;
    // Latency and throttling stack with the faults queued after them; each applies once per request, so one
    // injected for every request (`times: Infinity`) delays each request once instead of forever.
    const applied = new Set<Fault>();
    for (;;) {
      const fault = faults.take(route, applied);
      if (fault === undefined) return outcomeResponse(await run(current));
      applied.add(fault);
      switch (fault.type) {
        case 'latency':
          if (fault.when === 'after') {
            // Applied now, answered late: the client may give up first, not knowing it was applied.
            const outcome = await run(current);
            await sleep(fault.ms);
            return outcomeResponse(outcome);
          }
          await sleep(fault.ms, current.signal);
          continue;
        case 'throttle':
          current = withThrottledBody(current, fault.bytesPerSecond);
          continue;
        case 'status':
          return statusFaultResponse(fault);
        case 'drop':
          if (fault.when === 'after') await run(current);
          return Response.error();
        case 'malformed-json':
          return malformedJsonResponse(await run(current));
        case 'unknown-status':
          return outcomeResponse(withRawStatus(await run(current), route, fault.status));
        case 'envelope':
          return outcomeResponse(inEnvelope(await run(current), fault.key, store.list().length));
        default:
          return fault satisfies never;
      }
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const record: RecordedRequest = {
      method: request.method,
      url: url.pathname + url.search,
      route: 'unknown',
      headers: Object.fromEntries(request.headers),
    };
    requests.push(record);
    if (controlPath !== undefined && (url.pathname === controlPath || url.pathname.startsWith(`${controlPath}/`))) {
      record.route = request.method === 'OPTIONS' ? 'preflight' : 'control';
      return handleControl(request, url.pathname.slice(controlPath.length), { faults, cors, requests, reset });
    }
    const match = matchDocumentsRoute(request.method, url.pathname);
    switch (match.kind) {
      case 'unknown':
        return errorResponse('NOT_FOUND', `No route for ${request.method} ${url.pathname}.`);
      case 'preflight':
        record.route = 'preflight';
        return cors.preflight(request, match.allow);
      case 'method-not-allowed':
        return errorResponse('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${url.pathname}; allowed: ${match.allow}.`, { allow: match.allow });
      case 'route':
        record.route = match.route;
        return runRoute(request, match.route, match.id, match.prefix, record);
      default:
        return match satisfies never;
    }
  };

  const handler: FetchHandler = async (request) => {
    try {
      return cors.decorate(request, await handle(request));
    } catch (error) {
      // An aborted request has nobody left to answer; anything else is a bug worth a readable 500.
      if (request.signal.aborted) return Response.error();
      const message = error instanceof Error ? error.message : String(error);
      return cors.decorate(request, errorResponse('INTERNAL_ERROR', `The fake documents API failed: ${message}`));
    }
  };

  return {
    handler,
    inject: (route, fault, injectOptions = {}) => faults.add(route, fault, injectOptions.times ?? 1),
    clearFaults: () => faults.clear(),
    get requests() {
      return requests;
    },
    documents: () => store.list(),
    reset,
    ...(controlPath === undefined ? {} : { controlPath }),
  };
}
