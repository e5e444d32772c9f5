import type { DocumentsRoute, Fault } from './fake-documents-types.js';
import { codeForStatus, jsonResponse } from './responses.js';
import { outcomeResponse, type RouteOutcome } from './route-outcome.js';

/** The answer of a `status` fault. */
export function statusFaultResponse(fault: Extract<Fault, { type: 'status' }>): Response {
  const headers = new Headers();
  if (fault.retryAfterSeconds !== undefined) headers.set('retry-after', String(fault.retryAfterSeconds));
  if (fault.status === 401) headers.set('www-authenticate', 'Bearer');
  const code = codeForStatus(fault.status);
  const body = fault.body ?? { message: `Injected fault: the server answered ${fault.status}.`, code };
  return jsonResponse(fault.status, body, headers);
}

/**
 * 200 with JSON cut in half (a prefix of an object or array is never valid JSON). A refused request (401, 400, 404…)
 * keeps its refusal, as the fake Mews and iDenfy do: a garbled 200 would tell a client that the real API accepted a
 * request it refuses.
 */
export function malformedJsonResponse(outcome: RouteOutcome): Response {
  const refused = outcome.kind === 'json' ? outcome.status >= 400 : !outcome.response.ok;
  if (refused) return outcomeResponse(outcome);
  const text = outcome.kind === 'json' ? JSON.stringify(outcome.body) : '{"id": 1, "status": "appr';
  const cut = text.length >= 2 ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : '{"id": 1,';
  return new Response(cut, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

const DOCUMENT_ROUTES: ReadonlySet<DocumentsRoute> = new Set(['list', 'get', 'create']);

function isSuccess(outcome: RouteOutcome): outcome is Extract<RouteOutcome, { kind: 'json' }> {
  return outcome.kind === 'json' && outcome.status >= 200 && outcome.status < 300;
}

function restatus(value: unknown, status: string): unknown {
  return typeof value === 'object' && value !== null ? { ...value, status } : value;
}

/** Reports `status` on every document a successful document route returns. */
export function withRawStatus(outcome: RouteOutcome, route: DocumentsRoute, status: string): RouteOutcome {
  if (!isSuccess(outcome) || !DOCUMENT_ROUTES.has(route)) return outcome;
  const body = Array.isArray(outcome.body) ? outcome.body.map((doc) => restatus(doc, status)) : restatus(outcome.body, status);
  return { ...outcome, body };
}

/** Wraps a successful list in `{ [key]: [...], total }`. */
export function inEnvelope(outcome: RouteOutcome, key: 'data' | 'items', total: number): RouteOutcome {
  if (!isSuccess(outcome) || !Array.isArray(outcome.body)) return outcome;
  return { ...outcome, body: { [key]: outcome.body, total } };
}
