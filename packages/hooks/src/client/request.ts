import ky, { type Options } from 'ky';
import type { DocumentsClientOptions, RetryOptions } from './client-types.js';
import {
  DOCUMENTS_ERROR_CODES,
  DocumentsError,
  isDocumentsError,
  type DocumentsErrorCode,
  type DocumentsErrorOptions,
} from './documents-error.js';
import { pick } from './parse.js';

const TRY_AGAIN = 'Check the connection and try again.';
const SIGN_IN = 'Sign the user in again.';

/** What to do after each kind of failed answer (`RATE_LIMITED` says how long to wait instead). */
const ADVICE: Partial<Record<DocumentsErrorCode, string>> = {
  UNAUTHORIZED: SIGN_IN,
  FORBIDDEN: 'Check the user’s permissions.',
  NOT_FOUND: 'Check the id and baseUrl.',
  VALIDATION: 'Fix the request data.',
  SERVER: 'Try again later.',
  TIMEOUT: TRY_AGAIN,
  INVALID_RESPONSE: 'Check baseUrl.',
};

/** The one template of failure messages: `"<what was tried> failed: <why>. <what to do>"`. */
export function fail(code: DocumentsErrorCode, label: string, why: string, todo = ADVICE[code], options?: DocumentsErrorOptions): DocumentsError {
  return new DocumentsError(code, `${label} failed: ${why}. ${todo}`, options);
}

/**
 * Maps anything a call threw (ky's errors, fetch's TypeError, an abort reason) to a `DocumentsError`, so ky's
 * types never leave the client; a `DocumentsError` passes through. `why` and `todo` describe any other failure.
 */
export function toError(error: unknown, label: string, signal?: AbortSignal, why = 'the server could not be reached', todo = TRY_AGAIN): DocumentsError {
  const name = (error as Error | null | undefined)?.name;
  const cause = { cause: error };
  if (isDocumentsError(error)) return error;
  if (signal?.aborted || name === 'AbortError') return new DocumentsError('ABORTED', `${label} was cancelled.`, cause);
  return name === 'TimeoutError' ? fail('TIMEOUT', label, 'no answer in time', TRY_AGAIN, cause) : fail('NETWORK', label, why, todo, cause);
}

/**
 * Reads a 2xx answer as JSON and hands it to `parse`; an answer that is not JSON, that `parse` refuses
 * (`undefined`) or throws on is `INVALID_RESPONSE`: "the answer is not <what>".
 */
export async function readParsed<T>(response: Response, label: string, parse: (json: unknown) => T | undefined, what: string, todo?: string): Promise<T> {
  const text = await response.text();
  const options: DocumentsErrorOptions = { status: response.status };
  try {
    const value = parse(JSON.parse(text));
    if (value !== undefined) return value;
  } catch (error) {
    options.cause = error;
  }
  throw fail('INVALID_RESPONSE', label, `the answer is not ${what}`, todo, options);
}

/** Builds the error of a non-2xx answer, with the server's own message and, for a 429, its `Retry-After`. */
async function httpError(response: Response, label: string): Promise<DocumentsError> {
  const { status } = response;
  let body: unknown = await response.text().catch(() => undefined);
  try {
    body = JSON.parse(body as string);
  } catch {
    // Not JSON: no message to pick.
  }
  const serverMessage = pick(body, 'message error.message error detail Message');
  // `Retry-After` is whole seconds or an HTTP date; NaN (unreadable) fails the `>= 0` below.
  const retryAfter = status === 429 && response.headers.get('Retry-After')?.trim();
  const wait = retryAfter ? Math.max(0, Math.round(+retryAfter >= 0 ? +retryAfter * 1000 : Date.parse(retryAfter) - Date.now())) : Number.NaN;
  const retryAfterMs = wait >= 0 ? wait : undefined;
  const code =
    status === 408
      ? 'TIMEOUT'
      : status > 499
        ? 'SERVER'
        : ((Object.keys(DOCUMENTS_ERROR_CODES) as DocumentsErrorCode[]).find((key) => DOCUMENTS_ERROR_CODES[key] === status) ??
          (status > 399 ? 'VALIDATION' : 'INVALID_RESPONSE'));
  return fail(
    code,
    label,
    `the server answered ${status}${serverMessage ? ` ("${serverMessage}")` : ''}`,
    // "Wait 0 s" reads as a mistake: a wait of 0 (or a date already past) is "a moment", as no wait at all.
    ADVICE[code] ?? `Wait ${wait > 0 ? `${Math.ceil(wait / 1000)} s` : 'a moment'} and try again.`,
    // Absent fields are `undefined` on the error either way.
    { status, serverMessage, retryAfterMs } as DocumentsErrorOptions,
  );
}

/** `RetryOptions` with every default filled in; `false` means no retries. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): Required<RetryOptions> {
  return { limit: 2, baseDelayMs: 300, maxDelayMs: 10_000, ...(options === false ? { limit: 0 } : options) };
}

/**
 * How long to wait before retry number `attempt` (0-based): the server's `Retry-After` (capped), else capped
 * exponential backoff with full jitter, so that many clients do not retry in step.
 */
export function retryDelayMs(error: DocumentsError, attempt: number, policy: Required<RetryOptions>, random = Math.random): number {
  return Math.min(error.retryAfterMs ?? Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)), policy.maxDelayMs);
}

/** Failures after which the request may or may not have been applied. */
export function isAmbiguous(error: DocumentsError): boolean {
  return ['NETWORK', 'TIMEOUT', 'SERVER'].includes(error.code);
}

/** Waits `ms`, or less once `signal` aborts (the next step then sees the abort). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener('abort', done);
  });
}

/** The origin of a path `baseUrl` where there is no page (server-side rendering): nothing is ever sent to it. */
export const NO_PAGE = 'http://no-page.invalid';

/**
 * Sends one call: `path` is resolved against `baseUrl`, `read` turns the 2xx answer into the result, `init`
 * adds ky options (body, timeout), `accept` is the `Accept` header, and `send` replaces ky (the XHR upload).
 * Messages of its failures start with the label `"METHOD url"`.
 */
export type SendRequest = <T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  signal: AbortSignal | undefined,
  read: (response: Response, label: string) => T | Promise<T>,
  init?: Options,
  accept?: string,
  send?: (url: URL, headers: Record<string, string>) => Promise<Response>,
) => Promise<T>;

/**
 * Creates the client's one way to send a request: a bearer token from `getAccessToken` (to trusted origins only), one refresh-and-replay
 * after a 401 (shared by concurrent callers), retries of GET and DELETE per `retry`, every failure a `DocumentsError`.
 */
export function createRequest(options: DocumentsClientOptions, baseUrl: URL, retry: Required<RetryOptions>): SendRequest {
  const { getAccessToken, onUnauthorized, headers, fetch, upload, tokenOrigins = [] } = options;
  const timeout = Math.min(options.timeout ?? 30_000, 2 ** 31 - 1);
  // The token and `headers` go only where the app said: a URL the server hands out (a file on a CDN, a pre-signed
  // storage link) may be anyone's, and a pre-signed link refuses a request that also carries `Authorization`.
  const trusted = [baseUrl, typeof upload === 'object' && upload.url, ...tokenOrigins].map((url) => url && new URL(url, baseUrl).origin);
  // Bumped after every refresh: a 401 to a request sent before the last refresh only needs a replay.
  let generation = 0;
  let refreshing: Promise<void> | undefined;

  return async (
    method,
    path,
    signal,
    read,
    init,
    accept = 'application/json',
    send = (url, all) => ky(url, { method, headers: all, signal: signal ?? null, timeout, retry: 0, throwHttpErrors: false, ...(fetch && { fetch }), ...init }),
  ) => {
    const url = new URL(path, baseUrl);
    if (baseUrl.origin === NO_PAGE) throw fail('NETWORK', `${method} ${url.pathname}`, 'baseUrl is a path, and there is no page to resolve it against', 'Outside a browser page, pass an absolute baseUrl.');
    const ours = trusted.includes(url.origin);
    // Without the query: a pre-signed link's signature is a credential, and messages end up in logs.
    const label = `${method} ${url.origin}${url.pathname}`;
    const attempt = async () => {
      const sent: Record<string, string> = { Accept: accept };
      if (ours) {
        let token: unknown;
        try {
          token = await getAccessToken();
        } catch (cause) {
          throw fail('UNAUTHORIZED', label, 'getAccessToken threw', SIGN_IN, { cause });
        }
        if (!token || typeof token !== 'string') throw fail('UNAUTHORIZED', label, 'getAccessToken returned nothing');
        Object.assign(sent, headers, { Authorization: `Bearer ${token}` });
      }
      signal?.throwIfAborted();
      return send(url, sent);
    };
    for (let retries = 0; ; retries += 1) {
      try {
        const sentAt = generation;
        let response = await attempt();
        if (response.status === 401 && onUnauthorized && ours) {
          response.body?.cancel().catch(() => undefined);
          if (sentAt === generation) {
            await (refreshing ??= Promise.resolve()
              .then(onUnauthorized)
              .catch((cause: unknown) => {
                throw fail('UNAUTHORIZED', label, 'onUnauthorized threw after a 401', SIGN_IN, { status: 401, cause });
              })
              .finally(() => {
                generation += 1;
                refreshing = undefined;
              }));
          }
          response = await attempt();
        }
        if (!response.ok) throw await httpError(response, label);
        return await read(response, label);
      } catch (caught) {
        const error = toError(caught, label, signal);
        // A DELETE that finds nothing: gone is what was asked. An earlier attempt did delete it — ours, or the browser's
        // own, which resends a request silently when a kept-alive connection drops before the answer.
        if (method === 'DELETE' && error.code === 'NOT_FOUND') return undefined as never;
        if (method === 'POST' || retries >= retry.limit || !(isAmbiguous(error) || error.code === 'RATE_LIMITED')) throw error;
        await sleep(retryDelayMs(error, retries, retry), signal);
      }
    }
  };
}
