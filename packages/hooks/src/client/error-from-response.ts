import { DocumentsError } from './documents-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readServerMessage } from './server-message.js';

type HttpErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION' | 'RATE_LIMITED' | 'SERVER' | 'TIMEOUT' | 'INVALID_RESPONSE';

const VALIDATION_STATUSES = new Set([400, 409, 413, 415, 422]);

function codeForStatus(status: number): HttpErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER';
  if (VALIDATION_STATUSES.has(status) || (status >= 400 && status < 500)) return 'VALIDATION';
  return 'INVALID_RESPONSE';
}

function advice(code: HttpErrorCode, retryAfterMs: number | undefined): string {
  switch (code) {
    case 'UNAUTHORIZED':
      return 'The access token was refused: sign in again (or refresh the token in onUnauthorized).';
    case 'FORBIDDEN':
      return 'This account may not do that: check the user’s permissions.';
    case 'NOT_FOUND':
      return 'The document or address does not exist: check the id and baseUrl.';
    case 'VALIDATION':
      return 'The server refused the request data: fix the input and try again.';
    case 'RATE_LIMITED':
      return retryAfterMs === undefined
        ? 'Too many requests: wait a moment and try again.'
        : `Too many requests: wait ${Math.ceil(retryAfterMs / 1000)} s and try again.`;
    case 'SERVER':
      return 'Try again later.';
    case 'TIMEOUT':
      return 'The server gave up waiting for the request: try again.';
    case 'INVALID_RESPONSE':
      return 'That is not an answer the documents API gives: check baseUrl.';
    default:
      return code satisfies never;
  }
}

async function readBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  } catch {
    return undefined;
  }
}

/** Builds the `DocumentsError` for a non-2xx response, reading the server's message and `Retry-After`. */
export async function errorFromResponse(response: Response, label: string): Promise<DocumentsError> {
  const { status } = response;
  const code = codeForStatus(status);
  const serverMessage = readServerMessage(await readBody(response));
  const retryAfterMs = code === 'RATE_LIMITED' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  const said = serverMessage === undefined ? '' : ` ("${serverMessage}")`;
  return new DocumentsError(code, `${label} failed: the server answered ${status}${said}. ${advice(code, retryAfterMs)}`, {
    status,
    ...(serverMessage === undefined ? {} : { serverMessage }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
