import { createIdenfyClient, type IdenfyClientOptions } from '../../src/idenfy/index.js';
import type { ErasureReport, IdenfyClient } from '../../src/erasure-report.js';
import { createFakeIdenfy, type FakeIdenfy, type FakeIdenfyOptions } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach, expect } from 'vitest';

export const KEY = 'idk-4b1e9c77d2';
export const SECRET = 'ids-9f8e7d6c5b4a-very-secret';
export const ENCODED = Buffer.from(`${KEY}:${SECRET}`).toString('base64');

/** A fake iDenfy over real loopback HTTP and a client pointed at it. */
export interface Setup {
  idenfy: FakeIdenfy;
  server: FakeServer;
  client: IdenfyClient;
  /** The JSON bodies of the delete requests seen, in order. */
  bodies(): unknown[];
}

const open: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Fast retries by default so failure tests take milliseconds. */
export const FAST_RETRY = { limit: 2, baseDelayMs: 5, maxDelayMs: 20 };

/** Wraps the fake's handler on the server side, e.g. to watch what arrives on the wire. */
export type Wrap = (handler: FakeIdenfy['handler']) => FakeIdenfy['handler'];

export async function setup(fake: FakeIdenfyOptions = {}, client: Partial<IdenfyClientOptions> = {}, wrap: Wrap = (handler) => handler): Promise<Setup> {
  const idenfy = createFakeIdenfy({ apiKey: KEY, apiSecret: SECRET, format: client.format ?? 'batch', ...fake });
  const server = await startFakeServer(wrap(idenfy.handler));
  open.push(server);
  const created = createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: server.url, timeout: 2_000, retry: FAST_RETRY, ...client });
  return { idenfy, server, client: created, bodies: () => idenfy.requests.map((request) => request.body) };
}

/** `count` scanRefs `prefix-0…`, seeded in the given state. */
export function refs(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
}

export function seed(ids: readonly string[], state: 'deletable' | 'active' = 'deletable'): Record<string, 'deletable' | 'active'> {
  return Object.fromEntries(ids.map((id) => [id, state]));
}

/** Every input id in exactly one list, and no credential anywhere in the report. */
export function expectWellFormed(report: ErasureReport, input: readonly string[]): void {
  const listed = [...report.deleted, ...report.failed.map((failure) => failure.id), ...report.notAttempted];
  expect(listed.toSorted()).toEqual([...new Set(input)].toSorted());
  expect(report.ok).toBe(report.failed.length === 0 && report.notAttempted.length === 0);
  expectNoSecrets(report);
}

export function expectNoSecrets(value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const secret of [SECRET, ENCODED, `Basic ${ENCODED}`]) expect(text).not.toContain(secret);
}

/** The failure of `id`, or a test failure. */
export function failureOf(report: ErasureReport, id: string): ErasureReport['failed'][number] {
  const failure = report.failed.find((candidate) => candidate.id === id);
  if (failure === undefined) throw new Error(`expected ${id} to have failed`);
  return failure;
}
