import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createErasureClient, useEraseIdentityDocuments, useEraseVerifications, type ErasureReport } from '../../src/erasure/index.js';

const BASE = 'http://portal.test';
const ids = ['0f5b8a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b', '1f5b8a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b'];
let requests: { path: string; body: unknown }[] = [];

/** Answers like @iddocs/server's handler: the first id deleted, the second not yet deletable. */
const server = setupServer(
  http.post(`${BASE}/api/erasure/:vendor/:resource/:action`, async ({ request }) => {
    const body = (await request.json()) as Record<string, string[]>;
    requests.push({ path: new URL(request.url).pathname, body });
    await delay(30);
    const sent = body.identityDocumentIds ?? body.scanRefs ?? [];
    const report: ErasureReport = {
      ok: false,
      deleted: sent.slice(0, 1),
      failed: sent.slice(1).map((id) => ({ id, code: 'NOT_YET_DELETABLE', message: 'Token has not expired yet.', retryable: true })),
      notAttempted: [],
    };
    return HttpResponse.json(report);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = [];
});
afterAll(() => server.close());

const client = createErasureClient({ baseUrl: BASE });

describe('useEraseIdentityDocuments', () => {
  it('goes idle → pending → success with the per-id report, posting the documented body', async () => {
    const { result } = renderHook(() => useEraseIdentityDocuments(client));
    expect(result.current.status).toBe('idle');
    act(() => result.current.erase(ids, { chainId: '2f5b8a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b' }));
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.report?.deleted).toEqual([ids[0]]);
    expect(result.current.report?.failed[0]).toMatchObject({ id: ids[1], code: 'NOT_YET_DELETABLE', retryable: true });
    expect(requests).toEqual([
      {
        path: '/api/erasure/mews/identity-documents/delete',
        body: { identityDocumentIds: ids, chainId: '2f5b8a7e-1c2d-4e3f-8a9b-0c1d2e3f4a5b' },
      },
    ]);
  });

  it('sends one request when erase is called twice while pending (a double click)', async () => {
    const { result } = renderHook(() => useEraseIdentityDocuments(client), { wrapper: StrictMode });
    let first: Promise<ErasureReport> | undefined;
    let second: Promise<ErasureReport> | undefined;
    act(() => {
      first = result.current.eraseAsync(ids);
      second = result.current.eraseAsync(ids);
    });
    expect(second).toBe(first);
    await act(() => first!);
    expect(requests).toHaveLength(1);
  });

  it('reports the proxy’s error code and message, and reset returns to idle', async () => {
    server.use(
      http.post(`${BASE}/api/erasure/mews/identity-documents/delete`, () =>
        HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'You may only erase your own documents.' } }, { status: 403 }),
      ),
    );
    const { result } = renderHook(() => useEraseIdentityDocuments(client));
    await act(() => result.current.eraseAsync(ids).catch(() => {}));
    expect(result.current.status).toBe('error');
    expect(result.current.error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(result.current.error?.message).toContain('You may only erase your own documents.');
    act(() => result.current.reset());
    expect(result.current.status).toBe('idle');
  });

  it('keeps the report that comes with a 502 (nothing deleted, upstream down)', async () => {
    const report: ErasureReport = {
      ok: false,
      deleted: [],
      failed: ids.map((id) => ({ id, code: 'NETWORK', message: 'Mews could not be reached.', retryable: true })),
      notAttempted: [],
    };
    server.use(
      http.post(`${BASE}/api/erasure/mews/identity-documents/delete`, () =>
        HttpResponse.json({ error: { code: 'UPSTREAM_UNAVAILABLE', message: 'Mews is unavailable.', report } }, { status: 502 }),
      ),
    );
    const { result } = renderHook(() => useEraseIdentityDocuments(client));
    await act(() => result.current.eraseAsync(ids).catch(() => {}));
    expect(result.current.error?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(result.current.report).toEqual(report);
  });

  it('says INVALID_RESPONSE when something else answers (no handler mounted there)', async () => {
    server.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => new HttpResponse('<html>Not found</html>', { status: 404 })));
    const { result } = renderHook(() => useEraseVerifications(client));
    await act(() => result.current.eraseAsync(['scan-1']).catch(() => {}));
    expect(result.current.error).toMatchObject({ code: 'INVALID_RESPONSE', status: 404 });
    expect(result.current.error?.message).toMatch(/mounted at \/api\/erasure/);
  });

  it('says NETWORK when the proxy cannot be reached', async () => {
    server.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => HttpResponse.error()));
    const { result } = renderHook(() => useEraseVerifications(client));
    await act(() => result.current.eraseAsync(['scan-1']).catch(() => {}));
    expect(result.current.error?.code).toBe('NETWORK');
  });

  it('reset while pending cancels that erasure: it stays idle, and the next erase sends its own ids', async () => {
    const { result } = renderHook(() => useEraseVerifications(client));
    let first: Promise<unknown> | undefined;
    act(() => {
      first = result.current.eraseAsync(['scan-1']).catch((error: unknown) => error);
    });
    act(() => result.current.reset());
    await expect(first).resolves.toMatchObject({ code: 'ABORTED' });
    expect(result.current.status).toBe('idle');

    const report = await act(() => result.current.eraseAsync(['scan-2']));

    expect(report.deleted).toEqual(['scan-2']);
    expect(result.current.report?.deleted).toEqual(['scan-2']);
    expect(requests.at(-1)?.body).toEqual({ scanRefs: ['scan-2'] });
  });

  it('aborts the request on unmount and never updates state afterwards', async () => {
    const { result, unmount } = renderHook(() => useEraseVerifications(client));
    let outcome: Promise<unknown> | undefined;
    act(() => {
      outcome = result.current.eraseAsync(['scan-1']).catch((error: unknown) => error);
    });
    unmount();
    await expect(outcome).resolves.toMatchObject({ code: 'ABORTED' });
  });
});
