import { isNullBodyStatus } from '../responses.js';

/** A Mews-shaped JSON answer (none for 204, 205 and 304, which have no body); every answer carries `Request-Id`. */
export function mewsJson(status: number, body: unknown, requestId: string, headers: ConstructorParameters<typeof Headers>[0] = {}): Response {
  const merged = new Headers(headers);
  merged.set('request-id', requestId);
  if (isNullBodyStatus(status)) return new Response(null, { status, headers: merged });
  merged.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: merged });
}

/** The Mews error body `{ Message, RequestId }`. */
export function mewsError(status: number, message: string, requestId: string, headers: ConstructorParameters<typeof Headers>[0] = {}): Response {
  return mewsJson(status, { Message: message, RequestId: requestId }, requestId, headers);
}

/** `200 {}`, or `204` without a body when the client asked `Prefer: return=minimal`. */
export function mewsSuccess(request: Request, requestId: string): Response {
  const minimal = /(^|[\s,;])return=minimal($|[\s,;])/i.test(request.headers.get('prefer') ?? '');
  if (minimal) return new Response(null, { status: 204, headers: { 'request-id': requestId } });
  return mewsJson(200, {}, requestId);
}

/** 200 with JSON cut short. */
export function mewsMalformed(requestId: string): Response {
  return new Response('{"Message', { status: 200, headers: { 'request-id': requestId, 'content-type': 'application/json; charset=utf-8' } });
}
