import { createFakeMews, type FakeMews, type FakeMewsOptions } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import type { ErasureReport, MewsClient } from '../../src/erasure-report.js';
import { createMewsClient, type MewsClientOptions } from '../../src/mews/index.js';

/** Distinctive credentials, so a leak is easy to search for. */
export const CLIENT_TOKEN = 'CLIENTSECRET-0d1e2f3a4b5c6d7e8f9a';
export const ACCESS_TOKEN = 'ACCESSSECRET-9f8e7d6c5b4a3f2e1d0c';
export const SECRETS = [CLIENT_TOKEN, ACCESS_TOKEN];

/** Fast retries for tests. */
export const FAST_RETRY = { limit: 4, baseDelayMs: 1, maxDelayMs: 5 };

/** `n` distinct GUIDs. */
export function guids(n: number, prefix = 'd'): string[] {
  return Array.from({ length: n }, (_, index) => `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(index).padStart(12, '0')}`);
}

/** Identity documents with the given ids. */
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

/** A fake Mews over loopback HTTP and a client pointed at it. */
export interface MewsRig {
  mews: FakeMews;
  server: FakeServer;
  client: MewsClient;
  /** Another client against the same server. */
  clientWith(options: Partial<MewsClientOptions>): MewsClient;
  /** Requests the fake saw to a route. */
  calls(route?: 'delete' | 'clear'): number;
}

export async function startMewsRig(
  fakeOptions: FakeMewsOptions = {},
  clientOptions: Partial<MewsClientOptions> = {},
): Promise<MewsRig> {
  const mews = createFakeMews({ clientToken: CLIENT_TOKEN, accessToken: ACCESS_TOKEN, ...fakeOptions });
  const server = await startFakeServer(mews.handler);
  const clientWith = (options: Partial<MewsClientOptions>) =>
    createMewsClient({
      platformAddress: server.url,
      clientToken: CLIENT_TOKEN,
      accessToken: ACCESS_TOKEN,
      client: 'Acme Portal 1.0.0',
      retry: FAST_RETRY,
      ...options,
    });
  return {
    mews,
    server,
    client: clientWith(clientOptions),
    clientWith,
    calls: (route) => mews.requests.filter((request) => route === undefined || request.route === route).length,
  };
}

/** Asserts the report's invariant: every input id (de-duplicated) in exactly one list. */
export function expectPartition(report: ErasureReport, input: readonly unknown[]): void {
  const unique = [...new Set(input.map((id) => (typeof id === 'string' ? id : String(id))))];
  const listed = [...report.deleted, ...report.failed.map((failure) => failure.id), ...report.notAttempted];
  if (listed.length !== unique.length || new Set(listed).size !== unique.length || !unique.every((id) => listed.includes(id))) {
    throw new Error(`Not a partition: ${unique.length} ids in, ${listed.length} listed`);
  }
  if (report.ok !== (report.failed.length === 0 && report.notAttempted.length === 0)) throw new Error('ok is inconsistent');
}
