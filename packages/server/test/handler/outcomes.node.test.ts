import { describe, expect, it } from 'vitest';
import type { ErasureFailureCode, ErasureReport } from '../../src/erasure-report.js';
import type { ErasureAuditEvent, SanitizedError } from '../../src/index.js';
import { DELETE_PATH, IDENFY_PATH, deferred, guid, postJson, serveHandler } from './support.js';

const failAll =
  (...codes: ErasureFailureCode[]) =>
  (ids: readonly string[]): ErasureReport => ({
    ok: false,
    deleted: [],
    failed: ids.map((id, index) => ({ id, code: codes[index % codes.length] ?? 'NETWORK', message: 'upstream said no', retryable: true })),
    notAttempted: [],
  });

type ErrorBody = { error: { code: string; message: string; report?: ErasureReport } };

describe('upstream outcomes', () => {
  it.each([
    [['NETWORK'], 502, 'UPSTREAM_UNAVAILABLE'],
    [['TIMEOUT', 'UPSTREAM_ERROR'], 502, 'UPSTREAM_UNAVAILABLE'],
    [['NETWORK', 'RATE_LIMITED'], 502, 'UPSTREAM_UNAVAILABLE'],
    [['RATE_LIMITED'], 429, 'RATE_LIMITED'],
  ] as const)('answers failures %j on every id with %i %s and the report', async (codes, status, code) => {
    const { url } = await serveHandler({}, failAll(...codes));
    const ids = [guid(), guid()];
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: ids });
    expect(response.status).toBe(status);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.report?.failed.map((failure) => failure.id)).toEqual(ids);
  });

  it.each([
    ['a per-id refusal', failAll('INVALID_ID')],
    ['a credentials fault', failAll('UPSTREAM_UNAUTHORIZED')],
    ['a mix of refusal and outage', failAll('NETWORK', 'INVALID_ID')],
    [
      'a partial success',
      (ids: readonly string[]): ErasureReport => ({
        ok: false,
        deleted: ids.slice(1),
        failed: ids.slice(0, 1).map((id) => ({ id, code: 'NETWORK', message: 'reset', retryable: true })),
        notAttempted: [],
      }),
    ],
    ['nothing attempted', (ids: readonly string[]): ErasureReport => ({ ok: false, deleted: [], failed: [], notAttempted: [...ids] })],
  ])('answers %s with 200 and the report', async (_label, respond) => {
    const { url } = await serveHandler({}, respond);
    const ids = [guid(), guid()];
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: ids });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await respond(ids));
  });

  it('audits each erasure with its input and report, and answers after the audit', async () => {
    const audits: ErasureAuditEvent[] = [];
    let auditDone = false;
    const { url } = await serveHandler({
      onAudit: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        audits.push(event);
        auditDone = true;
      },
    });
    const [id, chainId] = [guid(), guid()];
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [id], chainId });
    expect(auditDone).toBe(true);
    expect(response.status).toBe(200);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ operation: 'mews.identityDocuments.delete', ids: [id], chainId, report: { ok: true, deleted: [id] } });
    expect(audits[0]?.request).toBeInstanceOf(Request);
  });

  it('audits 502 outcomes too, and never refused requests', async () => {
    const audits: ErasureAuditEvent[] = [];
    const { url } = await serveHandler({ onAudit: (event) => void audits.push(event) }, failAll('NETWORK'));
    await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['abc'] });
    await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['a.b'] });
    expect(audits.map((event) => event.report.failed[0]?.code)).toEqual(['NETWORK']);
  });

  it('still answers the report when onAudit throws, and tells onError', async () => {
    const errors: SanitizedError[] = [];
    const { url } = await serveHandler({
      onAudit: () => Promise.reject(new Error('audit log full')),
      onError: (error) => errors.push(error),
    });
    const id = guid();
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [id] });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ErasureReport).deleted).toEqual([id]);
    expect(errors).toEqual([{ stage: 'audit', operation: 'mews.identityDocuments.delete', name: 'Error', message: 'audit log full', code: 'OK' }]);
  });

  it('answers a generic 500 when a client throws, with a sanitized error to onError', async () => {
    const errors: SanitizedError[] = [];
    const secretish = 'boom {"ClientToken":"CT-123456","AccessToken":"AT-987654"} Authorization: Basic a2V5OnNlY3JldA==';
    const { url } = await serveHandler({ onError: (error) => errors.push(error) }, () => {
      throw Object.assign(new Error(secretish), { config: { apiSecret: 'hidden-in-a-property' } });
    });
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] });
    expect(response.status).toBe(500);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).not.toContain('boom');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.stage).toBe('upstream');
    const logged = JSON.stringify(errors);
    for (const secret of ['CT-123456', 'AT-987654', 'a2V5OnNlY3JldA==', 'hidden-in-a-property']) expect(logged).not.toContain(secret);
    expect(logged).toContain('boom');
  });

  it('keeps answering when onError itself throws', async () => {
    const { url } = await serveHandler({
      authorize: () => {
        throw new Error('no session');
      },
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect((await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] })).status).toBe(403);
  });

  it('passes the request signal upstream, so a caller that goes away aborts the erasure', async () => {
    const upstreamStarted = deferred();
    const { handler, calls } = await serveHandler({}, (ids) => {
      upstreamStarted.resolve();
      const signal = calls[0]?.options?.signal;
      return new Promise<ErasureReport>((resolve) =>
        signal?.addEventListener('abort', () => resolve({ ok: false, deleted: [], failed: [], notAttempted: [...ids] })),
      );
    });
    const controller = new AbortController();
    const pending = handler(
      new Request(`http://app.test${DELETE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identityDocumentIds: [guid()] }),
        signal: controller.signal,
      }),
    );
    await upstreamStarted.promise;
    controller.abort();
    const response = await pending;
    expect(calls[0]?.options?.signal?.aborted).toBe(true);
    expect(((await response.json()) as ErasureReport).notAttempted).toHaveLength(1);
  });
});
