import { createFakeIdenfy, type FakeIdenfy, type FakeIdenfyOptions } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach } from 'vitest';

export const KEY = 'fake-key-7f3a91';
export const SECRET = 'fake-secret-c0ffee42';
export const BASIC = `Basic ${btoa(`${KEY}:${SECRET}`)}`;

/** A fake iDenfy served over real loopback HTTP. */
export interface ServedIdenfy {
  idenfy: FakeIdenfy;
  server: FakeServer;
  /** POSTs `body` as JSON to `/api/v2/delete` with valid credentials unless `headers` override them. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
}

const open: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

export async function serveIdenfy(options: FakeIdenfyOptions = {}): Promise<ServedIdenfy> {
  const idenfy = createFakeIdenfy({ apiKey: KEY, apiSecret: SECRET, ...options });
  const server = await startFakeServer(idenfy.handler);
  open.push(server);
  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}/api/v2/delete`, {
      method: 'POST',
      headers: { authorization: BASIC, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { idenfy, server, post };
}

/** `count` scanRefs named `prefix-<n>`, all in `state`. */
export function seedOf(prefix: string, count: number, state: 'deletable' | 'active' = 'deletable'): Record<string, typeof state> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}-${index}`, state]));
}
