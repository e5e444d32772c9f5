import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { createFakeIdenfy, createFakeMews, type FakeIdentityDocument } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import {
  createErasureHandler,
  createIdenfyClient,
  createMewsClient,
  type ErasureAuditEvent,
  type ErasureHandlerOptions,
  type SanitizedError,
} from '../../src/index.js';

/** Recognisable credentials, so that a leak anywhere is easy to find. */
export const SECRETS = {
  mewsClientToken: 'MEWS-CLIENT-TOKEN-SECRET-7f3a91',
  mewsAccessToken: 'MEWS-ACCESS-TOKEN-SECRET-9b2c44',
  idenfyKey: 'IDENFY-KEY-SECRET-4d1e07',
  idenfySecret: 'IDENFY-API-SECRET-8e6f52',
} as const;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a handler on loopback; closed after each test. */
export async function serve(handler: (request: Request) => Promise<Response>): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

/** Seed documents: `count` documents, one customer per 5. */
export function seedDocuments(count: number): FakeIdentityDocument[] {
  return Array.from({ length: count }, (_, index) => ({
    Id: randomUUID(),
    CustomerId: `c0000000-0000-4000-8000-${String(Math.floor(index / 5)).padStart(12, '0')}`,
    Type: 'Passport',
    Number: `P${index}`,
    ExpirationDate: '2031-01-01',
    IssuingCountryCode: 'CZ',
  }));
}

/** Options of {@link startStack}. */
export interface StackOptions {
  documents?: FakeIdentityDocument[];
  verifications?: Record<string, 'deletable' | 'active'>;
  /** Credentials the fakes accept; default the ones the clients hold (set others for upstream 401s). */
  fakeCredentials?: 'same' | 'different';
  handler?: Partial<ErasureHandlerOptions>;
  /** Overrides of where the clients send (e.g. a hostile echo server). */
  mewsAddress?: string;
  idenfyAddress?: string;
}

/**
 * The whole path over real loopback HTTP: fetch → the erasure handler → real Mews / iDenfy clients (with
 * recognisable secrets and fast retries) → the fakes. Records every audit and error event.
 */
export async function startStack(options: StackOptions = {}) {
  const different = options.fakeCredentials === 'different';
  const fakeMews = createFakeMews({
    clientToken: different ? 'other-client-token' : SECRETS.mewsClientToken,
    accessToken: different ? 'other-access-token' : SECRETS.mewsAccessToken,
    documents: options.documents ?? seedDocuments(3),
  });
  const fakeIdenfy = createFakeIdenfy({
    apiKey: different ? 'other-key' : SECRETS.idenfyKey,
    apiSecret: different ? 'other-secret' : SECRETS.idenfySecret,
    verifications: options.verifications ?? { 'scan-1': 'deletable', 'scan-2': 'active' },
  });
  const mewsServer = await serve(fakeMews.handler);
  const idenfyServer = await serve(fakeIdenfy.handler);
  const retry = { limit: 1, baseDelayMs: 1, maxDelayMs: 5 };
  const mews = createMewsClient({
    platformAddress: options.mewsAddress ?? mewsServer.url,
    clientToken: SECRETS.mewsClientToken,
    accessToken: SECRETS.mewsAccessToken,
    client: 'iddocs tests 1.0.0',
    retry,
    timeout: 2_000,
  });
  const idenfy = createIdenfyClient({
    apiKey: SECRETS.idenfyKey,
    apiSecret: SECRETS.idenfySecret,
    baseUrl: options.idenfyAddress ?? idenfyServer.url,
    retry,
    timeout: 2_000,
  });
  const audits: ErasureAuditEvent[] = [];
  const errors: SanitizedError[] = [];
  const handler = createErasureHandler({
    mews,
    idenfy,
    authorize: () => true,
    onAudit: (event) => void audits.push(event),
    onError: (error) => void errors.push(error),
    ...options.handler,
  });
  const app = await serve(handler);
  return { app, fakeMews, fakeIdenfy, mewsServer, idenfyServer, audits, errors };
}

/** POSTs JSON to the app. */
export function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/erasure${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
