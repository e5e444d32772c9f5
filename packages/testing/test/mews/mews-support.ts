import { createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN, type FakeMews, type FakeMewsOptions } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';

export const DELETE_PATH = '/api/connector/v1/identityDocuments/delete';
export const CLEAR_PATH = '/api/connector/v1/identityDocuments/clear';
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fake Mews over real loopback HTTP. */
export interface ServedMews {
  mews: FakeMews;
  server: FakeServer;
  /** POSTs JSON (the default credentials and Client merged under `body`) to `path`. */
  post(path: string, body?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
}

export function credentials(): Record<string, unknown> {
  return { ClientToken: DEFAULT_MEWS_CLIENT_TOKEN, AccessToken: DEFAULT_MEWS_ACCESS_TOKEN, Client: 'Test Suite 1.0.0' };
}

export async function serveMews(options: FakeMewsOptions = {}): Promise<ServedMews> {
  const mews = createFakeMews(options);
  const server = await startFakeServer(mews.handler);
  const post = (path: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ ...credentials(), ...body }),
    });
  return { mews, server, post };
}

/** `n` distinct well-formed GUIDs. */
export function guids(n: number, prefix = 'd'): string[] {
  return Array.from({ length: n }, (_, index) => `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(index).padStart(12, '0')}`);
}

/** Identity documents with the given ids, owned by `customerId`. */
export function documentsFor(ids: readonly string[], customerId = 'c0000000-0000-4000-8000-000000000001') {
  return ids.map((Id, index) => ({
    Id,
    CustomerId: customerId,
    Type: 'Passport' as const,
    Number: `P${index}`,
    ExpirationDate: '2031-01-01',
    IssuingCountryCode: 'CZ',
  }));
}
