import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FetchHandler } from './fake-documents-types.js';
import { nodeRequestBody } from './node-request-body.js';

/** Options of {@link startFakeServer}. */
export interface StartFakeServerOptions {
  /** TCP port; `0` (default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `'127.0.0.1'`. */
  host?: string;
}

/** A running fake server. */
export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:53211`. */
  url: string;
  /** The port actually bound. */
  port: number;
  /** Stops listening and destroys open connections, so tests never hang on a pending request. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): { request: Request; discard(): void } {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    req.resume();
    return { request: new Request(new URL(req.url ?? '/', origin), { method, headers, signal }), discard: () => undefined };
  }
  const body = nodeRequestBody(req);
  // `duplex` is required by Node for streaming request bodies but unknown to the DOM typings.
  const init = { method, headers, signal, body: body.stream, duplex: 'half' } as RequestInit;
  return { request: new Request(new URL(req.url ?? '/', origin), init), discard: body.discard };
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (response.body) {
    for await (const chunk of response.body) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
  }
  res.end();
}

function internalError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ message: `The fake server failed: ${message}`, code: 'INTERNAL_ERROR' }));
}

/** Methods node:http parses but a fetch `Request` refuses to carry. */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['TRACE', 'TRACK']);

/** The answer to a request that cannot become a fetch `Request` (a TRACE, an unparsable target): the handler never sees it. */
function unrepresentable(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  req.resume();
  const method = req.method ?? '';
  const forbidden = FORBIDDEN_METHODS.has(method.toUpperCase());
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(forbidden ? 405 : 400, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify(
      forbidden
        ? { message: `The fake server does not serve ${method} requests.`, code: 'METHOD_NOT_ALLOWED' }
        : { message: `The fake server could not read the request: ${message}`, code: 'BAD_REQUEST' },
    ),
  );
}

/**
 * Serves a fetch handler over real loopback HTTP (node:http), with streaming bodies both ways.
 * A `Response.error()` resets the connection; a client disconnect aborts `request.signal`.
 * @example
 * const server = await startFakeServer(createFakeDocumentsApi().handler);
 * await fetch(`${server.url}/api/v2/my/documents`, { headers: { Authorization: 'Bearer test-token' } });
 * await server.close();
 */
export async function startFakeServer(handler: FetchHandler, options: StartFakeServerOptions = {}): Promise<FakeServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let origin = '';
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client disconnected', 'AbortError'));
    });
    let converted: ReturnType<typeof toRequest>;
    try {
      converted = toRequest(req, origin, controller.signal);
    } catch (error) {
      // Thrown inside the 'request' listener, this would be an uncaught exception and the client would hang.
      unrepresentable(req, res, error);
      return;
    }
    const { request, discard } = converted;
    void (async () => {
      try {
        const response = await handler(request);
        if (response.type === 'error') {
          req.socket.destroy();
          return;
        }
        await writeResponse(response, res);
      } catch (error) {
        internalError(res, error);
      } finally {
        if (!req.complete) discard();
      }
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
