/** Every error `code` the fake answers with, and its HTTP status. */
export const FAKE_ERROR_CODES = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INVALID_QUERY: 400,
  INVALID_CONTENT_TYPE: 400,
  INVALID_JSON: 400,
  BODY_TOO_LARGE: 413,
  INVALID_BODY: 400,
  MISSING_FIELD: 400,
  UNKNOWN_FIELD: 400,
  INVALID_FIELD: 400,
  UNKNOWN_FILE: 400,
  UNKNOWN_DOCUMENT_TYPE: 400,
  FILE_ALREADY_USED: 409,
  INVALID_MULTIPART: 400,
  MISSING_FILE: 400,
  EMPTY_FILE: 400,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  INVALID_FAULT: 400,
  INTERNAL_ERROR: 500,
} as const;

/** An error code of the fake. */
export type FakeErrorCode = keyof typeof FAKE_ERROR_CODES;

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);

/** Statuses whose response has no body: `new Response(body, { status })` throws for them. */
export function isNullBodyStatus(status: number): boolean {
  return NULL_BODY_STATUSES.has(status);
}

/** A JSON response (`application/json; charset=utf-8`); none for a status that has no body (204, 205, 304). */
export function jsonResponse(status: number, body: unknown, headers: ConstructorParameters<typeof Headers>[0] = {}): Response {
  const merged = new Headers(headers);
  if (isNullBodyStatus(status)) return new Response(null, { status, headers: merged });
  merged.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: merged });
}

/** The fake's error answer: `{ message, code }` with the code's status. */
export function errorResponse(code: FakeErrorCode, message: string, headers: ConstructorParameters<typeof Headers>[0] = {}): Response {
  const merged = new Headers(headers);
  if (code === 'UNAUTHORIZED') merged.set('www-authenticate', 'Bearer');
  return jsonResponse(FAKE_ERROR_CODES[code], { message, code }, merged);
}

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

/** A SNAKE_CASE code for any HTTP status (injected faults). */
export function codeForStatus(status: number): string {
  return STATUS_CODES[status] ?? `HTTP_${status}`;
}
