import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { startDocumentsFixture, requestsTo, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile, pdfFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

describe('documents client endpoints over real HTTP', () => {
  it('lists a page with limit and offset sent as query parameters', async () => {
    const page = await fixture.client().list({ limit: 2, offset: 1 });

    const expected = fixture.api.documents().slice(1, 3).map((document) => String(document.id));
    expect(page.documents.map((document) => document.id)).toEqual(expected);
    expect(page).toMatchObject({ limit: 2, offset: 1, hasMore: true });
    expect(page.total).toBeUndefined();
    expect(requestsTo(fixture.api, 'list')[0]?.url).toBe('/api/v2/my/documents?limit=2&offset=1');
  });

  it('lists with limit 10 and offset 0 by default, and a short bare array means no more pages', async () => {
    const page = await fixture.client().list();

    expect(page.documents).toHaveLength(DEFAULT_SEED.length);
    expect(page).toMatchObject({ limit: 10, offset: 0, hasMore: false });
    expect(requestsTo(fixture.api, 'list')[0]?.url).toBe('/api/v2/my/documents?limit=10&offset=0');
  });

  it('maps the fake’s documents: id as a string, status, type, file fields and raw', async () => {
    const [wire] = fixture.api.documents();
    if (wire === undefined) throw new Error('the seed is empty');

    const document = await fixture.client().get(String(wire.id));

    expect(document).toMatchObject({
      id: String(wire.id),
      typeId: wire.typeId,
      typeName: wire.type.name,
      file: wire.file,
      fileName: wire.fileName,
      fileUrl: wire.fileUrl,
      mimeType: wire.mimeType,
      size: wire.size,
      createTime: wire.createTime,
      updateTime: wire.updateTime,
      rawStatus: wire.status,
    });
    expect(document.raw).toEqual(wire);
    expect(requestsTo(fixture.api, 'get')[0]?.url).toBe(`/api/v2/my/documents/${wire.id}`);
  });

  it('sends Authorization: Bearer, Accept: application/json and the custom headers on every request', async () => {
    const client = fixture.client({ headers: { 'Accept-Language': 'ja', 'X-Tenant': 'acme' } });
    const [first] = fixture.api.documents();

    await client.list();
    await client.get(String(first?.id));
    await client.delete(String(first?.id));

    const seen = fixture.api.requests.filter((request) => request.route !== 'preflight');
    expect(seen).toHaveLength(3);
    for (const request of seen) {
      expect(request.headers).toMatchObject({
        authorization: 'Bearer test-token',
        accept: 'application/json',
        'accept-language': 'ja',
        'x-tenant': 'acme',
      });
    }
  });

  it('deletes a document', async () => {
    const [first] = fixture.api.documents();
    const before = fixture.api.documents().length;

    await fixture.client().delete(String(first?.id));

    expect(fixture.api.documents()).toHaveLength(before - 1);
    expect(fixture.api.documents().some((document) => document.id === first?.id)).toBe(false);
  });

  it('uploads a file, then creates a document from its stored path', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('passport.jpg'));

    const created = await client.create({ file: path, typeId: 2 });

    expect(created).toMatchObject({ file: path, typeId: 2, status: 'pending' });
    expect(requestsTo(fixture.api, 'create')[0]?.body).toEqual({ file: path, typeId: 2 });
    expect(fixture.api.documents()[0]?.id).toBe(Number(created.id));
  });

  it('upload() sends the file and creates the document in one call', async () => {
    const document = await fixture.client().upload(pdfFile('bill.pdf'), { typeId: 4 });

    expect(document).toMatchObject({ typeId: 4, status: 'pending', mimeType: 'application/pdf', fileName: 'bill.pdf' });
    expect(fixture.api.documents().filter((stored) => stored.file === document.file)).toHaveLength(1);
  });

  it('uploads through fetch in Node with a final progress event at 100', async () => {
    const file = jpegFile('selfie.jpg', 8192);
    const events: number[] = [];

    await fixture.client().uploadFile(file, { onProgress: ({ percent }) => events.push(percent) });

    expect(events.at(-1)).toBe(100);
    expect(events).toEqual(events.toSorted((a, b) => a - b));
    const upload = requestsTo(fixture.api, 'upload')[0];
    expect(upload?.headers).toMatchObject({ authorization: 'Bearer test-token', accept: 'application/json' });
    expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data/);
  });

  it('downloads a document’s file with the bearer token', async () => {
    const client = fixture.client();
    const uploaded = await client.upload(jpegFile('passport.jpg', 3000), { typeId: 1 });

    const blob = await client.getFile(uploaded);

    expect(blob.size).toBe(3000);
    expect(new Uint8Array(await blob.slice(0, 3).arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect(requestsTo(fixture.api, 'file')[0]?.headers['authorization']).toBe('Bearer test-token');
  });

  it('getFile asks for no caching, so an identity image never lands in the browser HTTP cache', async () => {
    const cacheModes: RequestCache[] = [];
    const client = fixture.client({
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        cacheModes.push(init?.cache ?? (input instanceof Request ? input.cache : 'default'));
        return fetch(input, init);
      },
    });
    const uploaded = await client.upload(jpegFile('passport.jpg', 3000), { typeId: 1 });
    cacheModes.length = 0;

    await client.getFile(uploaded);

    expect(cacheModes).toEqual(['no-store']);
  });

  it('getFile on a document without fileUrl rejects with NOT_FOUND and sends nothing', async () => {
    await expect(fixture.client().getFile({ id: '9', status: 'pending', raw: { id: 9 } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('keeps a path prefix of baseUrl in every URL', async () => {
    const client = fixture.client({ baseUrl: `${fixture.url}/tenant-a` });

    await client.list();
    await client.uploadFile(jpegFile());

    expect(fixture.api.requests.map((request) => request.url)).toEqual([
      '/tenant-a/api/v2/my/documents?limit=10&offset=0',
      '/tenant-a/api/v2/my/files',
    ]);
  });
});
