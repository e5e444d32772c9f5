import { describe, expect, it } from 'vitest';
import type { ErasureReport } from '../../src/index.js';
import { post, seedDocuments, startStack } from './stack.js';

type ErrorBody = { error: { code: string; message: string; report?: ErasureReport } };

describe('end to end: fetch → handler → real clients → fakes, over loopback', () => {
  it('deletes Mews identity documents and the fake no longer holds them', async () => {
    const documents = seedDocuments(4);
    const { app, fakeMews, audits } = await startStack({ documents });
    const ids = documents.slice(0, 2).map((doc) => doc.Id);
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: ids });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
    expect(fakeMews.identityDocuments().map((doc) => doc.Id)).toEqual(documents.slice(2).map((doc) => doc.Id));
    expect(fakeMews.requests.map((request) => request.path)).toEqual(['/api/connector/v1/identityDocuments/delete']);
    expect(audits.map((audit) => audit.report.deleted)).toEqual([ids]);
  });

  it('clears every document of a customer, with the chainId forwarded', async () => {
    const documents = seedDocuments(10);
    const { app, fakeMews } = await startStack({ documents });
    const customerId = documents[0]?.CustomerId ?? '';
    const chainId = '11111111-2222-4333-8444-555555555555';
    const response = await post(app.url, '/mews/identity-documents/clear', { customerIds: [customerId], chainId });
    expect(response.status).toBe(200);
    expect(fakeMews.identityDocuments().every((doc) => doc.CustomerId !== customerId)).toBe(true);
    expect(fakeMews.identityDocuments()).toHaveLength(5);
    expect(fakeMews.requests[0]?.body).toMatchObject({ CustomerIds: [customerId], ChainId: chainId });
  });

  it('sends 250 ids to Mews in 3 upstream requests', async () => {
    const documents = seedDocuments(250);
    const { app, fakeMews } = await startStack({ documents });
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: documents.map((doc) => doc.Id) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ErasureReport).deleted).toHaveLength(250);
    expect(fakeMews.requests).toHaveLength(3);
    expect(fakeMews.identityDocuments()).toEqual([]);
  });

  it('deletes iDenfy verifications and reports one still active as retryable', async () => {
    const { app, fakeIdenfy } = await startStack({ verifications: { 'scan-1': 'deletable', 'scan-2': 'active' } });
    const response = await post(app.url, '/idenfy/verifications/delete', { scanRefs: ['scan-1', 'scan-2'] });
    expect(response.status).toBe(200);
    const report = (await response.json()) as ErasureReport;
    expect(report.deleted).toEqual(['scan-1']);
    expect(report.failed.map((failure) => [failure.id, failure.code, failure.retryable])).toEqual([['scan-2', 'NOT_YET_DELETABLE', true]]);
    expect(fakeIdenfy.verifications()['scan-1']).toBe('deleted');
  });

  it('answers 200 with UPSTREAM_UNAUTHORIZED failures when the credentials are refused', async () => {
    const documents = seedDocuments(1);
    const { app, fakeMews } = await startStack({ documents, fakeCredentials: 'different' });
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [documents[0]?.Id] });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ErasureReport).failed.map((failure) => failure.code)).toEqual(['UPSTREAM_UNAUTHORIZED']);
    expect(fakeMews.identityDocuments()).toHaveLength(1);
  });

  it('answers 502 UPSTREAM_UNAVAILABLE with the report when the upstream keeps failing', async () => {
    const documents = seedDocuments(2);
    const { app, fakeMews, audits } = await startStack({ documents });
    fakeMews.inject('*', { type: 'status', status: 503 }, { times: Infinity });
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: documents.map((doc) => doc.Id) });
    expect(response.status).toBe(502);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(body.error.report?.failed.map((failure) => failure.code)).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
    expect(audits).toHaveLength(1);
  });

  it('answers 502 when the upstream connection drops', async () => {
    const { app, fakeIdenfy } = await startStack();
    fakeIdenfy.inject({ type: 'drop' }, { times: Infinity });
    const response = await post(app.url, '/idenfy/verifications/delete', { scanRefs: ['scan-1'] });
    expect(response.status).toBe(502);
    expect(((await response.json()) as ErrorBody).error.report?.failed[0]?.code).toBe('NETWORK');
    expect(fakeIdenfy.verifications()['scan-1']).toBe('deletable');
  });

  it('answers 502 when the upstream is not listening at all', async () => {
    const { app, idenfyServer } = await startStack();
    await idenfyServer.close();
    const response = await post(app.url, '/idenfy/verifications/delete', { scanRefs: ['scan-1'] });
    expect(response.status).toBe(502);
    expect(((await response.json()) as ErrorBody).error.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('answers 429 RATE_LIMITED when the upstream keeps rate limiting', async () => {
    const documents = seedDocuments(1);
    const { app, fakeMews } = await startStack({ documents });
    fakeMews.inject('*', { type: 'status', status: 429, retryAfterSeconds: 0 }, { times: Infinity });
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [documents[0]?.Id] });
    expect(response.status).toBe(429);
    expect(((await response.json()) as ErrorBody).error.report?.failed[0]?.code).toBe('RATE_LIMITED');
  });

  it('sends nothing upstream when authorize refuses', async () => {
    const documents = seedDocuments(1);
    const { app, fakeMews } = await startStack({ documents, handler: { authorize: () => false } });
    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [documents[0]?.Id] });
    expect(response.status).toBe(403);
    expect(fakeMews.requests).toHaveLength(0);
    expect(fakeMews.identityDocuments()).toHaveLength(1);
  });
});
