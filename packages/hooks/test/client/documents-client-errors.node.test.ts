import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { DOCUMENTS_ERROR_CODES, DocumentsError, isDocumentsError } from '../../src/client/index.js';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

async function failure(promise: Promise<unknown>): Promise<DocumentsError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocumentsError(error)) throw new Error(`expected a DocumentsError, got ${String(error)}`);
  return error;
}

describe('every failure is a DocumentsError with a code', () => {
  it.each([
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [400, 'VALIDATION'],
    [409, 'VALIDATION'],
    [413, 'VALIDATION'],
    [415, 'VALIDATION'],
    [422, 'VALIDATION'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER'],
    [503, 'SERVER'],
  ] as const)('an HTTP %i is %s, with the status', async (status, code) => {
    fixture.api.inject('list', { type: 'status', status });

    const error = await failure(fixture.client({ retry: false }).list());

    expect(error).toBeInstanceOf(DocumentsError);
    expect(error).toMatchObject({ code, status });
    expect(Object.keys(DOCUMENTS_ERROR_CODES)).toContain(error.code);
  });

  it('names the method and URL and says what to do', async () => {
    fixture.api.inject('list', { type: 'status', status: 503 });

    const error = await failure(fixture.client({ retry: false }).list());

    expect(error.message).toContain(`GET ${fixture.url}/api/v2/my/documents failed: the server answered 503`);
    expect(error.message).toContain('Try again later.');
  });

  it.each([
    ['{message}', { message: 'Document type is disabled.' }],
    ['{error: {message}}', { error: { message: 'Document type is disabled.' } }],
    ['{detail}', { detail: 'Document type is disabled.' }],
  ])('takes serverMessage from a %s body', async (_shape, body) => {
    fixture.api.inject('list', { type: 'status', status: 422, body });

    const error = await failure(fixture.client().list());

    expect(error.serverMessage).toBe('Document type is disabled.');
    expect(error.message).toContain('Document type is disabled.');
  });

  it('RATE_LIMITED carries retryAfterMs from Retry-After', async () => {
    fixture.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 7 });

    const error = await failure(fixture.client({ retry: false }).list());

    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 7000 });
  });

  it('a dropped connection is NETWORK, with ky’s error only as the cause', async () => {
    fixture.api.inject('get', { type: 'drop' });

    const error = await failure(fixture.client({ retry: false }).get('1'));

    expect(error.code).toBe('NETWORK');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain(`GET ${fixture.url}/api/v2/my/documents/1 failed`);
  });

  it('an unreachable server is NETWORK', async () => {
    await fixture.close();

    const error = await failure(fixture.client({ retry: false }).list());

    expect(error.code).toBe('NETWORK');
  });

  it('latency beyond the timeout is TIMEOUT', async () => {
    fixture.api.inject('list', { type: 'latency', ms: 1000 });

    const error = await failure(fixture.client({ retry: false, timeout: 100 }).list());

    expect(error.code).toBe('TIMEOUT');
  });

  it('malformed JSON is INVALID_RESPONSE', async () => {
    fixture.api.inject('list', { type: 'malformed-json' });

    const error = await failure(fixture.client().list());

    expect(error.code).toBe('INVALID_RESPONSE');
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
  });

  it('an aborted signal rejects with ABORTED before anything is sent', async () => {
    const controller = new AbortController();
    controller.abort();

    const error = await failure(fixture.client().list({ signal: controller.signal }));

    expect(error.code).toBe('ABORTED');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('aborting a request in flight rejects with ABORTED (not retried)', async () => {
    fixture.api.inject('get', { type: 'latency', ms: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const error = await failure(fixture.client().get('1', { signal: controller.signal }));

    expect(error.code).toBe('ABORTED');
    expect(requestsTo(fixture.api, 'get')).toHaveLength(1);
  });

  it('aborting an upload rejects with ABORTED and creates nothing', async () => {
    fixture.api.inject('upload', { type: 'latency', ms: 2000 });
    const controller = new AbortController();
    const before = fixture.api.documents().length;
    setTimeout(() => controller.abort(), 50);

    const error = await failure(fixture.client().upload(jpegFile(), { typeId: 1, signal: controller.signal }));

    expect(error.code).toBe('ABORTED');
    expect(fixture.api.documents()).toHaveLength(before);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(0);
  });

  it('an upload refused by the server is VALIDATION with its message', async () => {
    fixture.api.inject('upload', { type: 'status', status: 413, body: { message: 'Too big for us.' } });

    const error = await failure(fixture.client().uploadFile(jpegFile()));

    expect(error).toMatchObject({ code: 'VALIDATION', status: 413, serverMessage: 'Too big for us.' });
  });
});

describe('tolerant reading of the fake’s variants', () => {
  it('an unknown status becomes in_review and keeps rawStatus', async () => {
    fixture.api.inject('get', { type: 'unknown-status', status: 'escalated_to_compliance' });

    const document = await fixture.client().get(String(fixture.api.documents()[0]?.id));

    expect(document).toMatchObject({ status: 'in_review', rawStatus: 'escalated_to_compliance' });
  });

  it.each(['data', 'items'] as const)('reads a {%s, total} envelope and derives hasMore from total', async (key) => {
    fixture.api.inject('list', { type: 'envelope', key }, { times: 2 });
    const client = fixture.client();
    const total = fixture.api.documents().length;

    const first = await client.list({ limit: 2 });
    const last = await client.list({ limit: 2, offset: total - 2 });

    expect(first).toMatchObject({ total, hasMore: true });
    expect(first.documents).toHaveLength(2);
    expect(last).toMatchObject({ total, hasMore: false });
  });

  it('a bare array as long as the limit is taken to have more', async () => {
    const page = await fixture.client().list({ limit: 2 });

    expect(page.hasMore).toBe(true);
    expect(page.total).toBeUndefined();
  });
});
