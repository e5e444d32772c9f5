import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createErasureRouteHandlers } from '../../src/next.js';
import { recordingClients } from '../handler/support.js';

const URL_BASE = 'https://portal.example.com/api/erasure';
const PORTAL = 'https://portal.example.com';

describe('createErasureRouteHandlers (Next.js App Router)', () => {
  it('erases through POST and reports', async () => {
    const { mews, calls } = recordingClients();
    const { POST } = createErasureRouteHandlers({ mews, authorize: () => true });
    const id = randomUUID();
    const response = await POST(
      new Request(`${URL_BASE}/mews/identity-documents/clear`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ customerIds: [id] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, deleted: [id], failed: [], notAttempted: [] });
    expect(calls.map((call) => call.method)).toEqual(['clearIdentityDocuments']);
  });

  it('refuses through POST when authorize says no', async () => {
    const { mews, calls } = recordingClients();
    const { POST } = createErasureRouteHandlers({ mews, authorize: () => false });
    const response = await POST(
      new Request(`${URL_BASE}/mews/identity-documents/delete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identityDocumentIds: [randomUUID()] }),
      }),
    );
    expect(response.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('answers preflights through OPTIONS only when CORS is on', async () => {
    const { idenfy } = recordingClients();
    const preflight = () =>
      new Request(`${URL_BASE}/idenfy/verifications/delete`, { method: 'OPTIONS', headers: { origin: PORTAL, 'access-control-request-method': 'POST' } });
    const withCors = createErasureRouteHandlers({ idenfy, authorize: () => true, allowedOrigins: [PORTAL] });
    const withoutCors = createErasureRouteHandlers({ idenfy, authorize: () => true });
    const on = await withCors.OPTIONS(preflight());
    expect(on.status).toBe(204);
    expect(on.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect((await withoutCors.OPTIONS(preflight())).status).toBe(405);
  });

  it.each(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'] as const)('answers %s with the JSON 405 and Allow, erasing nothing', async (method) => {
    const { mews, calls } = recordingClients();
    const handlers = createErasureRouteHandlers({ mews, authorize: () => true });
    const response = await handlers[method](new Request(`${URL_BASE}/mews/identity-documents/delete`, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    expect(calls).toHaveLength(0);
  });

  it('throws at module load when authorize is missing', () => {
    const { mews } = recordingClients();
    expect(() => createErasureRouteHandlers({ mews } as never)).toThrow(TypeError);
  });
});
