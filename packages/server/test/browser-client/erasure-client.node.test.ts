// The contract between the browser's erasure client (@iddocs/hooks/erasure) and this package's handler,
// exercised for real: browser client → handler over loopback HTTP → real upstream clients → the fakes.
import {
  createErasureClient,
  isErasureError,
  type ErasureErrorCode as BrowserErrorCode,
  type ErasureReport as BrowserReport,
} from '@iddocs/hooks/erasure';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERASURE_ERROR_CODES, type ErasureErrorCode as ServerErrorCode, type ErasureReport as ServerReport } from '../../src/index.js';
import { seedDocuments, startStack } from '../handler/stack.js';

describe('the browser erasure client against the real handler', () => {
  it('has its own copy of the wire types (it must not import server code), identical to the server’s', () => {
    // Checked by the type check: a field or code added on one side only fails `pnpm typecheck`.
    expectTypeOf<BrowserReport>().toEqualTypeOf<ServerReport>();
    expectTypeOf<ServerErrorCode>().toExtend<BrowserErrorCode>();
  });

  it('erases Mews identity documents and receives the per-id report', async () => {
    const documents = seedDocuments(3);
    const { app, fakeMews } = await startStack({ documents });
    const erasure = createErasureClient({ baseUrl: app.url });
    const ids = documents.slice(0, 2).map((doc) => doc.Id);
    const report = await erasure.eraseIdentityDocuments(ids);
    expect(report).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
    expect(fakeMews.identityDocuments()).toHaveLength(1);
  });

  it('clears a Mews customer’s documents with a chainId', async () => {
    const documents = seedDocuments(5);
    const { app, fakeMews } = await startStack({ documents });
    const erasure = createErasureClient({ baseUrl: app.url });
    const chainId = '11111111-2222-4333-8444-555555555555';
    const report = await erasure.clearIdentityDocuments([documents[0]!.CustomerId], { chainId });
    expect(report.ok).toBe(true);
    expect(fakeMews.identityDocuments()).toEqual([]);
    expect(fakeMews.requests[0]?.body).toMatchObject({ ChainId: chainId });
  });

  it('erases iDenfy verifications, one of them not yet deletable', async () => {
    const { app } = await startStack({ verifications: { 'scan-1': 'deletable', 'scan-2': 'active' } });
    const report = await createErasureClient({ baseUrl: app.url }).eraseVerifications(['scan-1', 'scan-2']);
    expect(report.deleted).toEqual(['scan-1']);
    expect(report.failed).toMatchObject([{ id: 'scan-2', code: 'NOT_YET_DELETABLE', retryable: true }]);
  });

  it('rejects with FORBIDDEN when authorize refuses, and nothing is erased', async () => {
    const documents = seedDocuments(1);
    const { app, fakeMews } = await startStack({ documents, handler: { authorize: () => false } });
    const error = await createErasureClient({ baseUrl: app.url })
      .eraseIdentityDocuments([documents[0]!.Id])
      .catch((reason: unknown) => reason);
    expect(isErasureError(error) && error.code).toBe('FORBIDDEN');
    expect(isErasureError(error) && error.status).toBe(403);
    expect(fakeMews.requests).toHaveLength(0);
  });

  it('rejects with INVALID_IDS for an id of the wrong shape', async () => {
    const { app } = await startStack();
    const error = await createErasureClient({ baseUrl: app.url })
      .eraseIdentityDocuments(['not-a-guid'])
      .catch((reason: unknown) => reason);
    expect(isErasureError(error) && error.code).toBe('INVALID_IDS');
  });

  it('rejects with UPSTREAM_UNAVAILABLE and keeps the report when Mews is down', async () => {
    const documents = seedDocuments(1);
    const { app } = await startStack({ documents, mewsAddress: 'http://127.0.0.1:9' });
    const error = await createErasureClient({ baseUrl: app.url })
      .eraseIdentityDocuments([documents[0]!.Id])
      .catch((reason: unknown) => reason);
    expect(isErasureError(error) && error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(isErasureError(error) && error.report?.failed.map((failure) => failure.id)).toEqual([documents[0]!.Id]);
  });
});

/** The error the browser client rejects with when its `fetch` answers `status` with `{ error: { code } }`. */
async function errorFor(code: string, status: number) {
  const answer = async () => Response.json({ error: { code, message: 'refused' } }, { status });
  return createErasureClient({ baseUrl: 'https://portal.test', fetch: answer })
    .eraseVerifications(['scan-1'])
    .catch((reason: unknown) => reason);
}

describe('the browser erasure client reading error codes', () => {
  it('passes on every code of the handler’s table, with its status', async () => {
    const codes = Object.entries(ERASURE_ERROR_CODES);
    const errors = await Promise.all(codes.map(([code, { status }]) => errorFor(code, status)));
    expect(errors.map((error) => isErasureError(error) && [error.code, error.status])).toEqual(codes.map(([code, { status }]) => [code, status]));
  });

  it('answers another layer’s code (a session middleware’s) as INVALID_RESPONSE with its status, not as one of ours', async () => {
    const error = await errorFor('UNAUTHENTICATED', 401);
    expect(isErasureError(error) && [error.code, error.status]).toEqual(['INVALID_RESPONSE', 401]);
  });
});
