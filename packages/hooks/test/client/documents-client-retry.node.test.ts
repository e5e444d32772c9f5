import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

function firstId(): string {
  const [first] = fixture.api.documents();
  if (first === undefined) throw new Error('the seed is empty');
  return String(first.id);
}

describe('retries of GET and DELETE', () => {
  it('retries a 503 and resolves with the next answer', async () => {
    fixture.api.inject('list', { type: 'status', status: 503 });

    const page = await fixture.client().list();

    expect(page.documents).toHaveLength(DEFAULT_SEED.length);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(2);
  });

  it('gives up after `limit` retries with the last error', async () => {
    fixture.api.inject('list', { type: 'status', status: 502 }, { times: 3 });

    await expect(fixture.client({ retry: { limit: 2, baseDelayMs: 1 } }).list()).rejects.toMatchObject({ code: 'SERVER', status: 502 });
    expect(requestsTo(fixture.api, 'list')).toHaveLength(3);
  });

  it('does not retry at all with retry: false', async () => {
    fixture.api.inject('list', { type: 'status', status: 503 });

    await expect(fixture.client({ retry: false }).list()).rejects.toMatchObject({ code: 'SERVER' });
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
  });

  it('waits at least the Retry-After of a 429 before retrying', async () => {
    fixture.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 1 });
    const client = fixture.client({ retry: { baseDelayMs: 1, maxDelayMs: 5000 } });

    const started = performance.now();
    await client.list();
    const elapsed = performance.now() - started;

    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(2);
  });

  it('caps an honoured Retry-After at maxDelayMs', async () => {
    fixture.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 30 });

    const started = performance.now();
    await fixture.client({ retry: { maxDelayMs: 20 } }).list();

    expect(performance.now() - started).toBeLessThan(5000);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(2);
  });

  it('retries a GET whose connection was dropped', async () => {
    fixture.api.inject('get', { type: 'drop' });

    const document = await fixture.client().get(firstId());

    expect(document.id).toBe(firstId());
    expect(requestsTo(fixture.api, 'get')).toHaveLength(2);
  });

  it('retries a GET that timed out', async () => {
    fixture.api.inject('list', { type: 'latency', ms: 400 });

    const page = await fixture.client({ timeout: 100 }).list();

    expect(page.documents).toHaveLength(DEFAULT_SEED.length);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(2);
  });

  it('does not retry a 400', async () => {
    fixture.api.inject('list', { type: 'status', status: 400 });

    await expect(fixture.client().list()).rejects.toMatchObject({ code: 'VALIDATION', status: 400 });
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
  });

  it('does not retry a 404 of a GET', async () => {
    await expect(fixture.client().get('999999')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(requestsTo(fixture.api, 'get')).toHaveLength(1);
  });

  it('a DELETE that gets 404 on its retry counts as deleted (the dropped attempt was applied)', async () => {
    const id = firstId();
    fixture.api.inject('delete', { type: 'drop', when: 'after' });

    await expect(fixture.client().delete(id)).resolves.toBeUndefined();

    expect(requestsTo(fixture.api, 'delete')).toHaveLength(2);
    expect(fixture.api.documents().some((document) => String(document.id) === id)).toBe(false);
  });

  it('a DELETE answered 404 at once counts as done too: a browser may have resent it after its first try was applied', async () => {
    await expect(fixture.client().delete('999999')).resolves.toBeUndefined();
    expect(requestsTo(fixture.api, 'delete')).toHaveLength(1);
  });

  it('aborting during a retry wait rejects with ABORTED without waiting it out', async () => {
    fixture.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 10 });
    const controller = new AbortController();
    const client = fixture.client({ retry: { maxDelayMs: 20_000 } });

    const started = performance.now();
    const pending = client.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);

    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
  });
});

describe('create never duplicates a document', () => {
  it('after a dropped connection that did create it, resolves with that document and holds exactly one', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    const before = fixture.api.documents().length;
    fixture.api.inject('create', { type: 'drop', when: 'after' });

    const document = await client.create({ file: path, typeId: 1 });

    const created = fixture.api.documents().filter((stored) => stored.file === path);
    expect(created).toHaveLength(1);
    expect(document.id).toBe(String(created[0]?.id));
    expect(fixture.api.documents()).toHaveLength(before + 1);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
  });

  it('after a 503 that did not create it, creates once more and holds exactly one', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    fixture.api.inject('create', { type: 'status', status: 503 });

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(2);
  });

  it('the second create attempt is final', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    fixture.api.inject('create', { type: 'status', status: 503 }, { times: 5 });

    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'SERVER', status: 503 });
    expect(requestsTo(fixture.api, 'create')).toHaveLength(2);
  });

  it('a 4xx on create is not retried', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('retry.jpg'));

    await expect(client.create({ file: path, typeId: 999 })).rejects.toMatchObject({ code: 'VALIDATION', status: 400 });
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(0);
  });

  it('remembers a create it could not settle: creating that file again finds the document instead of posting twice', async () => {
    const client = fixture.client({ retry: false });
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    fixture.api.inject('create', { type: 'drop', when: 'after' });
    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'NETWORK' });

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
  });

  it('creating an unsettled file again posts it once when the first attempt was not applied', async () => {
    const client = fixture.client({ retry: false });
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    fixture.api.inject('create', { type: 'status', status: 503 });
    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'SERVER' });

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
    // Settled: a third create of the same file posts without looking first.
    await client.create({ file: path, typeId: 1 });
    expect(requestsTo(fixture.api, 'list')).toHaveLength(1);
  });

  it('a create whose 2xx answer cannot be read is unsettled: creating that file again finds the document', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    fixture.api.inject('create', { type: 'malformed-json' });
    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
  });

  it('a create cancelled after the server applied it is unsettled: creating that file again finds the document', async () => {
    const cancel = new AbortController();
    // The person presses Cancel just as the server's answer arrives: the document exists, the call is cancelled.
    const client = fixture.client({
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        // ky passes a Request (its body is read once by `fetch`): look at it before sending.
        const creates = input instanceof Request && input.method === 'POST' && input.url.endsWith('/api/v2/my/documents');
        const response = await fetch(input, init);
        if (creates) cancel.abort();
        return response;
      },
    });
    const path = await client.uploadFile(jpegFile('retry.jpg'));
    await expect(client.create({ file: path, typeId: 1 }, { signal: cancel.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
  });

  it('upload() uses the same rule: a dropped create still yields one document', async () => {
    const client = fixture.client();
    fixture.api.inject('create', { type: 'drop', when: 'after' });

    const document = await client.upload(jpegFile('once.jpg'), { typeId: 3 });

    expect(fixture.api.documents().filter((stored) => stored.file === document.file)).toHaveLength(1);
  });
});
