import type { CorsPolicy } from './cors-policy.js';
import type { DocumentsRoute, Fault, RecordedRequest } from './fake-documents-types.js';
import type { FaultQueue } from './fault-queue.js';
import { JSON_BODY_TOO_LARGE, readJsonText } from './read-body.js';
import { errorResponse, jsonResponse } from './responses.js';

const ROUTES: ReadonlySet<string> = new Set<DocumentsRoute | '*'>(['list', 'get', 'create', 'delete', 'upload', 'file', '*']);
const ALLOW: Readonly<Record<string, string>> = { '/faults': 'POST, DELETE, OPTIONS', '/reset': 'POST, OPTIONS', '/requests': 'GET, OPTIONS' };

/** What the control API acts on. */
export interface ControlTarget {
  faults: FaultQueue<DocumentsRoute, Fault>;
  cors: CorsPolicy;
  requests: readonly RecordedRequest[];
  reset(): void;
}

function parseTimes(value: unknown): number {
  if (value === undefined) return 1;
  if (value === null || value === 'Infinity') return Infinity;
  return typeof value === 'number' ? value : Number.NaN;
}

async function injectFromBody(request: Request, faults: FaultQueue<DocumentsRoute, Fault>): Promise<Response> {
  const text = await readJsonText(request);
  if (text === undefined) return errorResponse('BODY_TOO_LARGE', JSON_BODY_TOO_LARGE);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorResponse('INVALID_JSON', 'Expected a JSON body like {"route": "list", "fault": {"type": "drop"}, "times": 1}.');
  }
  const { route, fault, times } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof route !== 'string' || !ROUTES.has(route)) {
    return errorResponse('INVALID_FAULT', `"route" must be one of ${[...ROUTES].join(', ')}.`);
  }
  if (typeof fault !== 'object' || fault === null) return errorResponse('INVALID_FAULT', '"fault" must be an object with a "type".');
  try {
    faults.add(route as DocumentsRoute | '*', fault as Fault, parseTimes(times));
  } catch (error) {
    return errorResponse('INVALID_FAULT', error instanceof Error ? error.message : String(error));
  }
  return new Response(null, { status: 204 });
}

/** The JSON control API: `POST faults`, `DELETE faults`, `POST reset`, `GET requests`. No auth, by design. */
export async function handleControl(request: Request, subpath: string, target: ControlTarget): Promise<Response> {
  const allow = ALLOW[subpath];
  if (allow === undefined) return errorResponse('NOT_FOUND', `No control route "${subpath}".`);
  const key = `${request.method} ${subpath}`;
  switch (key) {
    case 'POST /faults':
      return injectFromBody(request, target.faults);
    case 'DELETE /faults':
      target.faults.clear();
      return new Response(null, { status: 204 });
    case 'POST /reset':
      target.reset();
      return new Response(null, { status: 204 });
    case 'GET /requests':
      return jsonResponse(200, target.requests);
    default:
      if (request.method === 'OPTIONS') return target.cors.preflight(request, allow);
      return errorResponse('METHOD_NOT_ALLOWED', `${request.method} is not allowed on the control route ${subpath}; use ${allow}.`, { allow });
  }
}
