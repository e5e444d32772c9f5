import { isNullBodyStatus } from '../responses.js';

/** An iDenfy-style JSON answer (`application/json`); none for 204, 205 and 304, which have no body. */
export function idenfyJson(status: number, body: unknown, headers: ConstructorParameters<typeof Headers>[0] = {}): Response {
  const merged = new Headers(headers);
  if (isNullBodyStatus(status)) return new Response(null, { status, headers: merged });
  merged.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers: merged });
}

/** iDenfy's documented error body: `{ identifier, message }`, sometimes with `severity`. */
export function idenfyError(status: number, identifier: string, message: string, extra: Record<string, unknown> = {}): Response {
  return idenfyJson(status, { identifier, message, ...extra });
}

/** Auth failures come WITHOUT `identifier`, as the vendor documents: clients must parse defensively. */
export function idenfyAuthError(detail: string): Response {
  return idenfyJson(401, { detail }, { 'www-authenticate': 'Basic realm="api"' });
}

const DEFAULT_BODIES: Readonly<Record<number, { identifier: string; message: string }>> = {
  400: { identifier: 'BAD_VALUE', message: 'Invalid request.' },
  403: { identifier: 'PERMISSIONS_ERROR', message: 'You do not have permission to perform this action.' },
  404: { identifier: 'NOT_FOUND', message: 'Not found.' },
  429: { identifier: 'TOO_MANY_REQUESTS', message: 'Request was throttled.' },
  500: { identifier: 'INTERNAL_ERROR', message: 'Internal server error.' },
};

/** The answer of a `status` fault: `body` as given, else a plausible iDenfy body for the status. */
export function statusFaultResponse(status: number, body: unknown): Response {
  if (body !== undefined) return idenfyJson(status, body);
  if (status === 401) return idenfyAuthError('Invalid username/password.');
  if (status >= 200 && status < 300) return new Response(null, { status });
  const known = DEFAULT_BODIES[status] ?? (status >= 500 ? DEFAULT_BODIES[500] : undefined);
  return idenfyJson(status, known ?? { identifier: `HTTP_${status}`, message: `Injected fault: ${status}.` });
}

/** 200-or-error status with JSON cut in half (a prefix of an object is never valid JSON). */
export async function malformedJsonResponse(response: Response): Promise<Response> {
  const text = (await response.text()) || '{"status": "deleted", "scanRefs": ["';
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return new Response(cut, { status: response.status, headers: { 'content-type': 'application/json' } });
}
