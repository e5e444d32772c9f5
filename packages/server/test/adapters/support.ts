import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Serves a node:http listener on loopback; closed after each test. */
export async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A Connect/Express-style chain: middlewares run in order through `next`, a `mount` prefix is stripped from
 * `req.url` with the full path kept in `req.originalUrl` (as Express does), and errors end in a 599 answer.
 */
export function chain(...layers: { mount?: string; use: Middleware }[]): RequestListener {
  return (req, res) => {
    const originalUrl = req.url ?? '/';
    Object.assign(req, { originalUrl });
    let index = 0;
    const next = (error?: unknown): void => {
      req.url = originalUrl;
      const layer = layers[index++];
      if (error !== undefined || layer === undefined) {
        res.writeHead(error === undefined ? 418 : 599, { 'content-type': 'text/plain' });
        res.end(error === undefined ? 'fell through' : 'error passed to next');
        return;
      }
      if (layer.mount !== undefined) {
        if (!originalUrl.startsWith(layer.mount)) return next();
        req.url = originalUrl.slice(layer.mount.length) || '/';
      }
      layer.use(req, res, next);
    };
    next();
  };
}

/** A body parser in the manner of `express.json()`: reads the whole stream and marks the request parsed. */
export const jsonBodyParser: Middleware = (req, _res, next) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    Object.assign(req, { _body: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown });
    next();
  });
};
