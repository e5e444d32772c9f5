import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { nodeBodyStream, type NodeBodyStream } from './node-body-stream.js';

// The Host header only names the request's URL for `authorize`; it never picks an upstream. A malformed one
// is replaced rather than trusted.
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** The path the app saw before any router mount stripped it (Express sets `originalUrl`). */
export function fullPath(req: IncomingMessage): string {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  return url.startsWith('/') ? url : '/';
}

/** Converts a Node request to a fetch `Request` with a streamed body, aborted by `signal`. */
export function nodeToRequest(req: IncomingMessage, signal: AbortSignal): { request: Request; body: NodeBodyStream | undefined } {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const protocol = (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http';
  const host = req.headers.host !== undefined && HOST.test(req.headers.host) ? URL.parse(`${protocol}://${req.headers.host}`) : null;
  // A host the shape test lets through may still be no URL's (port 99999): replaced too.
  const url = new URL(fullPath(req), host ?? `${protocol}://localhost`);
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    req.resume();
    return { request: new Request(url, { method, headers, signal }), body: undefined };
  }
  const body = nodeBodyStream(req);
  // `duplex` is required by Node for streamed request bodies but unknown to the DOM typings.
  const init = { method, headers, signal, body: body.stream, duplex: 'half' } as RequestInit;
  return { request: new Request(url, init), body };
}
