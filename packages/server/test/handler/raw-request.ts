import { request as httpRequest } from 'node:http';

/** What {@link rawRequest} got back. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Sends a request with node:http, which (unlike fetch) lets a test set `Host` and use an absolute-form
 * request target, as a hostile client or a confused proxy could.
 */
export function rawRequest(base: string, target: string, headers: Record<string, string>, body: string, method = 'POST'): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: target, headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
