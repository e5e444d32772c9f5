import { ErasureError, PROXY_ERROR_CODES, type ErasureErrorCode } from './erasure-error.js';
import type { ErasureReport } from './erasure-report.js';

/** Options of {@link createErasureClient}. */
export interface ErasureClientOptions {
  /** Origin (and path prefix) where the host app mounted `@iddocs/server`'s handler. Default: the page's origin. */
  baseUrl?: string | undefined;
  /** The handler's `basePath`. Default `'/api/erasure'`. */
  basePath?: string | undefined;
  /** Headers for every call, e.g. the app's own session or CSRF header (may be async). */
  headers?: (() => Record<string, string> | Promise<Record<string, string>>) | undefined;
  /** Cookies: `'same-origin'` (default) or `'include'` for a proxy on another origin. */
  credentials?: RequestInit['credentials'] | undefined;
  /** Timeout per call in ms. Default 120_000: the proxy may wait out upstream rate limits, and answers by its `deadlineMs` (100 s). */
  timeout?: number | undefined;
  /** A fetch implementation (tests, SSR). Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
}

/** Options of one erasure call. */
export interface EraseOptions {
  /** Aborts the call (the proxy may still finish what it started). */
  signal?: AbortSignal | undefined;
}

/** Mews calls may name the portfolio property. */
export interface MewsEraseOptions extends EraseOptions {
  /** Mews `ChainId`, for portfolio access tokens. */
  chainId?: string | undefined;
}

/** Browser client of the erasure proxy. Holds no secret: the proxy does. Rejects only with `ErasureError`. */
export interface ErasureClient {
  /** Deletes identity documents held at Mews. */
  eraseIdentityDocuments(identityDocumentIds: readonly string[], options?: MewsEraseOptions): Promise<ErasureReport>;
  /** Deletes every identity document of these Mews customers. */
  clearIdentityDocuments(customerIds: readonly string[], options?: MewsEraseOptions): Promise<ErasureReport>;
  /** Deletes verification data (photos, parsed data) held at iDenfy. */
  eraseVerifications(scanRefs: readonly string[], options?: EraseOptions): Promise<ErasureReport>;
}

/**
 * Creates the browser client of `@iddocs/server`'s erasure handler.
 * @example
 * const erasure = createErasureClient({ headers: () => ({ 'X-CSRF-Token': csrfToken }) });
 * const report = await erasure.eraseVerifications(['scan-ref-1']);
 */
export function createErasureClient(options: ErasureClientOptions = {}): ErasureClient {
  const { basePath = '/api/erasure', credentials = 'same-origin', timeout = 120_000 } = options;

  async function post(path: string, body: object, signal: AbortSignal | undefined): Promise<ErasureReport> {
    const base = options.baseUrl ?? globalThis.location?.origin;
    if (!base) throw new TypeError('createErasureClient needs `baseUrl` outside a browser page.');
    const url = new URL(`${basePath.replace(/\/$/, '')}${path}`, base).href;
    const deadline = AbortSignal.timeout(timeout);
    const fail = (code: ErasureErrorCode, message: string, extra: ConstructorParameters<typeof ErasureError>[2] = {}) =>
      new ErasureError(code, `POST ${url}: ${message}`, extra);
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        credentials,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(await options.headers?.()) },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
    } catch (cause) {
      if (signal?.aborted) throw fail('ABORTED', 'cancelled.', { cause });
      if (deadline.aborted) throw fail('TIMEOUT', `no answer within ${timeout / 1000} s. Some ids may already be erased; try again to see.`, { cause });
      throw fail('NETWORK', 'the erasure service could not be reached. Check the connection and try again.', { cause });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok && isReport(json)) return json;
    const error = (json as { error?: { code?: ErasureErrorCode; message?: string; report?: unknown } } | undefined)?.error;
    if (!response.ok && error?.code && (PROXY_ERROR_CODES as readonly string[]).includes(error.code)) {
      throw fail(error.code, error.message ?? `the server answered ${response.status}.`, {
        status: response.status,
        ...(isReport(error.report) && { report: error.report }),
      });
    }
    throw fail('INVALID_RESPONSE', `unexpected answer (${response.status}). Is the erasure handler mounted at ${basePath}?`, { status: response.status });
  }

  return {
    eraseIdentityDocuments: (ids, { chainId, signal } = {}) =>
      post('/mews/identity-documents/delete', { identityDocumentIds: ids, ...(chainId && { chainId }) }, signal),
    clearIdentityDocuments: (ids, { chainId, signal } = {}) =>
      post('/mews/identity-documents/clear', { customerIds: ids, ...(chainId && { chainId }) }, signal),
    eraseVerifications: (ids, { signal } = {}) => post('/idenfy/verifications/delete', { scanRefs: ids }, signal),
  };
}

function isReport(value: unknown): value is ErasureReport {
  const report = value as ErasureReport | undefined;
  return typeof report?.ok === 'boolean' && Array.isArray(report.deleted) && Array.isArray(report.failed) && Array.isArray(report.notAttempted);
}
