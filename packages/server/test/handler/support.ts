import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import type { ErasureReport, IdenfyClient, MewsClient } from '../../src/erasure-report.js';
import { createErasureHandler, type ErasureHandlerOptions } from '../../src/index.js';

/** One recorded call to a client double. */
export interface RecordedCall {
  method: 'deleteIdentityDocuments' | 'clearIdentityDocuments' | 'deleteVerifications';
  ids: readonly string[];
  options: { chainId?: string; signal?: AbortSignal } | undefined;
}

/** What a double answers for a call; defaults to "every id deleted". */
export type Respond = (ids: readonly string[]) => ErasureReport | Promise<ErasureReport>;

export const allDeleted: Respond = (ids) => ({ ok: true, deleted: [...ids], failed: [], notAttempted: [] });

/** Test doubles of the injected client interfaces that record every call. */
export function recordingClients(respond: Respond = allDeleted): { mews: MewsClient; idenfy: IdenfyClient; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const record = (method: RecordedCall['method']) => async (ids: readonly string[], options?: RecordedCall['options']) => {
    calls.push({ method, ids: [...ids], options });
    return respond(ids);
  };
  return {
    calls,
    mews: { deleteIdentityDocuments: record('deleteIdentityDocuments'), clearIdentityDocuments: record('clearIdentityDocuments') },
    idenfy: { deleteVerifications: record('deleteVerifications') },
  };
}

export const guid = (): string => randomUUID();

/** A promise and its resolver, for "wait until the double was called" (Promise.withResolvers needs Node 22). */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts the handler on loopback with recording doubles (allow-all authorize unless overridden). */
export async function serveHandler(options: Partial<ErasureHandlerOptions> = {}, respond?: Respond) {
  const clients = recordingClients(respond);
  const handler = createErasureHandler({ mews: clients.mews, idenfy: clients.idenfy, authorize: () => true, ...options });
  const server = await startFakeServer(handler);
  servers.push(server);
  return { url: server.url, calls: clients.calls, handler };
}

/** POSTs JSON (or raw text) with `Content-Type: application/json` unless headers say otherwise. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const DELETE_PATH = '/api/erasure/mews/identity-documents/delete';
export const CLEAR_PATH = '/api/erasure/mews/identity-documents/clear';
export const IDENFY_PATH = '/api/erasure/idenfy/verifications/delete';

/** Reads an error answer and returns its code. */
export async function errorCode(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code ?? `no error code (status ${response.status})`;
}
