import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeDocumentsApi, FetchHandler } from './fake-documents-types.js';

/** Options of {@link createDocumentsHandlers}. */
export interface DocumentsHandlersOptions {
  /** Origin (and optional path prefix) the client calls, e.g. `'https://broker.example'`. */
  baseUrl: string;
  /** Control API path to intercept too, from the origin of `baseUrl` (as the fake mounts it). Default: the api's own `controlPath`. */
  controlPath?: string;
}

/**
 * MSW handlers that route `${baseUrl}/api/v2/my/*` (and the control path, at the origin of `baseUrl`) into a fake.
 * A dropped connection becomes `HttpResponse.error()`, so `fetch` rejects as on a real network error.
 * @example
 * const api = createFakeDocumentsApi();
 * const server = setupServer(...createDocumentsHandlers(api, { baseUrl: 'https://broker.example' }));
 */
export function createDocumentsHandlers(api: FakeDocumentsApi | FetchHandler, options: DocumentsHandlersOptions): HttpHandler[] {
  const handler = typeof api === 'function' ? api : api.handler;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const controlPath = options.controlPath ?? (typeof api === 'function' ? undefined : api.controlPath);
  const resolve = async ({ request }: { request: Request }): Promise<Response> => {
    const response = await handler(request);
    return response.type === 'error' ? HttpResponse.error() : response;
  };
  const handlers = [http.all(`${baseUrl}/api/v2/my/*`, resolve)];
  // The fake mounts its control API at `controlPath` from the origin, whatever prefix `baseUrl` has: intercept it there.
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]+/i.exec(baseUrl)?.[0] ?? '';
  if (controlPath !== undefined) handlers.push(http.all(`${origin}${controlPath.replace(/\/+$/, '')}/*`, resolve));
  return handlers;
}
