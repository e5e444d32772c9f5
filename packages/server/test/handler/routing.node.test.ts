import { describe, expect, it } from 'vitest';
import { createErasureHandler } from '../../src/index.js';
import { CLEAR_PATH, DELETE_PATH, IDENFY_PATH, errorCode, guid, postJson, recordingClients, serveHandler } from './support.js';

const request = (path: string, body: unknown) =>
  new Request(`http://app.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('erasure routes over loopback HTTP', () => {
  it('deletes Mews identity documents and answers the report with safe headers', async () => {
    const { url, calls } = await serveHandler();
    const ids = [guid(), guid()];
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: ids });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('deleteIdentityDocuments');
    expect(calls[0]?.ids).toEqual(ids);
    expect(calls[0]?.options?.chainId).toBeUndefined();
    expect(calls[0]?.options?.signal).toBeInstanceOf(AbortSignal);
  });

  it('clears by customer id and forwards chainId', async () => {
    const { url, calls } = await serveHandler();
    const [customerId, chainId] = [guid(), guid()];
    const response = await postJson(`${url}${CLEAR_PATH}`, { customerIds: [customerId], chainId });
    expect(response.status).toBe(200);
    expect(calls.map((call) => [call.method, call.ids, call.options?.chainId])).toEqual([['clearIdentityDocuments', [customerId], chainId]]);
  });

  it('deletes iDenfy verifications by scanRef', async () => {
    const { url, calls } = await serveHandler();
    const response = await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['scan_ref-1', 'b586d982-4d1b'] });
    expect(response.status).toBe(200);
    expect(calls.map((call) => [call.method, call.ids])).toEqual([['deleteVerifications', ['scan_ref-1', 'b586d982-4d1b']]]);
  });

  it('removes duplicate ids before authorize and the upstream see them', async () => {
    const seen: (readonly string[])[] = [];
    const { url, calls } = await serveHandler({ authorize: ({ ids }) => (seen.push(ids), true) });
    const [a, b] = [guid(), guid()];
    await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [a, b, a, a] });
    expect(seen).toEqual([[a, b]]);
    expect(calls[0]?.ids).toEqual([a, b]);
  });

  it.each([
    '/api/erasure',
    '/api/erasure/mews',
    `${DELETE_PATH}/`,
    '/api/erasure/MEWS/identity-documents/delete',
    '/api/erasure/mews/%69dentity-documents/delete',
    '/other/mews/identity-documents/delete',
  ])('answers 404 NOT_FOUND for %s', async (path) => {
    const { url, calls } = await serveHandler();
    const response = await postJson(`${url}${path}`, { identityDocumentIds: [guid()] });
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('NOT_FOUND');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(calls).toHaveLength(0);
  });

  it('answers 404 for the routes of an upstream that is not configured', async () => {
    const { idenfy, mews, calls } = recordingClients();
    const onlyIdenfy = createErasureHandler({ idenfy, authorize: () => true });
    const onlyMews = createErasureHandler({ mews, authorize: () => true });
    expect((await onlyIdenfy(request(DELETE_PATH, { identityDocumentIds: [guid()] }))).status).toBe(404);
    expect((await onlyIdenfy(request(CLEAR_PATH, { customerIds: [guid()] }))).status).toBe(404);
    expect((await onlyMews(request(IDENFY_PATH, { scanRefs: ['abc'] }))).status).toBe(404);
    expect(calls).toHaveLength(0);
    expect((await onlyMews(request(DELETE_PATH, { identityDocumentIds: [guid()] }))).status).toBe(200);
  });

  it('serves a custom basePath (trailing slash ignored) and nothing else', async () => {
    const { url } = await serveHandler({ basePath: '/privacy/' });
    expect((await postJson(`${url}/privacy/idenfy/verifications/delete`, { scanRefs: ['x'] })).status).toBe(200);
    expect((await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['x'] })).status).toBe(404);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: POST when CORS is off', async (method) => {
    const { url, calls } = await serveHandler();
    const response = await fetch(`${url}${DELETE_PATH}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await errorCode(response)).toBe('METHOD_NOT_ALLOWED');
    expect(calls).toHaveLength(0);
  });

  it('answers HEAD with 405 and no body', async () => {
    const { url } = await serveHandler();
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'HEAD' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
