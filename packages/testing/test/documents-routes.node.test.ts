import { createJpegBytes, type FakeDocument } from '@iddocs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJson, serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

async function uploadJpeg(): Promise<string> {
  const response = await served.upload(createJpegBytes(), 'scan.jpg');
  return ((await response.json()) as { path: string }).path;
}

describe('list', () => {
  it('returns the seeded documents as a bare array, newest first, covering every status', async () => {
    const response = await served.call('/api/v2/my/documents');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const docs = (await response.json()) as FakeDocument[];
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(docs.map((doc) => doc.status))).toEqual(new Set(['approved', 'pending', 'rejected']));
    const times = docs.map((doc) => doc.createTime);
    expect(times).toEqual(times.toSorted().toReversed());
    const rejected = docs.find((doc) => doc.status === 'rejected');
    expect(rejected?.comment).toMatch(/blurred/);
    expect(docs.map((doc) => doc.type.name)).toContain('Passport');
  });

  it('pages with limit and offset', async () => {
    const all = (await (await served.call('/api/v2/my/documents?limit=100')).json()) as FakeDocument[];
    const first = (await (await served.call('/api/v2/my/documents?limit=2&offset=0')).json()) as FakeDocument[];
    const second = (await (await served.call('/api/v2/my/documents?limit=2&offset=2')).json()) as FakeDocument[];
    const beyond = (await (await served.call(`/api/v2/my/documents?offset=${all.length}`)).json()) as FakeDocument[];
    expect(first.map((doc) => doc.id)).toEqual(all.slice(0, 2).map((doc) => doc.id));
    expect(second.map((doc) => doc.id)).toEqual(all.slice(2, 4).map((doc) => doc.id));
    expect(beyond).toEqual([]);
  });

  it('defaults to a page of 10', async () => {
    const many = await serve({ seed: Array.from({ length: 12 }, () => ({ typeId: 1, status: 'pending', fileName: 'a.jpg' })) });
    const docs = (await (await many.call('/api/v2/my/documents')).json()) as FakeDocument[];
    await many.server.close();
    expect(docs).toHaveLength(10);
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'limit=', 'limit=2.5', 'offset=-1', 'offset=x'])('rejects %s with 400 INVALID_QUERY', async (query) => {
    const response = await served.call(`/api/v2/my/documents?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; code: string };
    expect(body.code).toBe('INVALID_QUERY');
    expect(body.message).toMatch(/limit|offset/);
  });
});

describe('get', () => {
  it('returns one document by id', async () => {
    const [newest] = served.api.documents();
    const response = await served.call(`/api/v2/my/documents/${newest?.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(newest);
  });

  it.each(['999', 'abc'])('answers 404 NOT_FOUND for id %s', async (id) => {
    const response = await served.call(`/api/v2/my/documents/${id}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(id) });
  });
});

describe('create', () => {
  it('creates a pending document from an uploaded path and lists it first', async () => {
    const path = await uploadJpeg();
    const response = await served.call('/api/v2/my/documents', createJson({ file: path, typeId: 2 }));
    expect(response.status).toBe(201);
    const doc = (await response.json()) as FakeDocument;
    expect(doc).toMatchObject({ typeId: 2, type: { id: 2, name: 'ID card' }, status: 'pending', file: path, fileName: 'scan.jpg', mimeType: 'image/jpeg' });
    expect(doc.fileUrl).toMatch(/^\/api\/v2\/my\/files\//);
    expect(doc.createTime).toBe(doc.updateTime);
    expect(served.api.documents()[0]).toEqual(doc);
    expect(served.api.requests.at(-1)?.body).toEqual({ file: path, typeId: 2 });
  });

  it('accepts typeId as a numeric string', async () => {
    const path = await uploadJpeg();
    const response = await served.call('/api/v2/my/documents', createJson({ file: path, typeId: '5' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ typeId: 5, type: { name: 'Residence permit' } });
  });

  const cases: Array<[string, (path: string) => RequestInit, string]> = [
    ['a non-JSON body', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{file:' }), 'INVALID_JSON'],
    ['a wrong content type', (path) => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ file: path, typeId: 1 }) }), 'INVALID_CONTENT_TYPE'],
    ['an array body', () => createJson([1]), 'INVALID_BODY'],
    ['a missing file', () => createJson({ typeId: 1 }), 'MISSING_FIELD'],
    ['a missing typeId', (path) => createJson({ file: path }), 'MISSING_FIELD'],
    ['an extra field', (path) => createJson({ file: path, typeId: 1, typeID: 1 }), 'UNKNOWN_FIELD'],
    ['a non-string file', () => createJson({ file: 12, typeId: 1 }), 'INVALID_FIELD'],
    ['a non-integer typeId', (path) => createJson({ file: path, typeId: 'passport' }), 'INVALID_FIELD'],
    ['a path never uploaded', () => createJson({ file: 'uploads/nope/x.jpg', typeId: 1 }), 'UNKNOWN_FILE'],
    ['an unknown typeId', (path) => createJson({ file: path, typeId: 99 }), 'UNKNOWN_DOCUMENT_TYPE'],
  ];
  it.each(cases)('answers 400 to %s without creating anything', async (_name, init, code) => {
    const path = await uploadJpeg();
    const before = served.api.documents().length;
    const response = await served.call('/api/v2/my/documents', init(path));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; code: string };
    expect(body.code).toBe(code);
    expect(body.message.length).toBeGreaterThan(10);
    expect(served.api.documents()).toHaveLength(before);
  });
});

describe('delete', () => {
  it('answers 204 without a body, then 404', async () => {
    const [doc] = served.api.documents();
    const response = await served.call(`/api/v2/my/documents/${doc?.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(served.api.documents().some((candidate) => candidate.id === doc?.id)).toBe(false);
    expect((await served.call(`/api/v2/my/documents/${doc?.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await served.call(`/api/v2/my/documents/${doc?.id}`)).status).toBe(404);
  });
});

describe('auth and unknown routes', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an unknown token', 'Bearer nope'],
    ['the Basic scheme', 'Basic dGVzdA=='],
  ])('answers 401 with WWW-Authenticate to %s', async (_name, authorization) => {
    const headers = authorization === undefined ? {} : { authorization };
    const response = await fetch(`${served.server.url}/api/v2/my/documents`, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED', message: expect.any(String) });
  });

  it('accepts any configured token', async () => {
    const other = await serve({ accessTokens: ['alpha', 'beta'] });
    const ok = await fetch(`${other.server.url}/api/v2/my/documents`, { headers: { authorization: 'Bearer beta' } });
    const refused = await other.call('/api/v2/my/documents');
    await other.server.close();
    expect([ok.status, refused.status]).toEqual([200, 401]);
  });

  it('answers 404 to an unknown path and 405 with Allow to a wrong method', async () => {
    const unknown = await served.call('/api/v2/my/nothing');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
    const wrong = await served.call('/api/v2/my/documents', { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(await wrong.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    const wrongFile = await served.call('/api/v2/my/files', { method: 'GET' });
    expect(wrongFile.headers.get('allow')).toBe('POST, OPTIONS');
  });
});
