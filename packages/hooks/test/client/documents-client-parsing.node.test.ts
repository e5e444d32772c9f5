import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentsClient, type DocumentsClient } from '../../src/client/index.js';
import { startCustomServer } from './documents-fixture.js';

let server: { url: string; close(): Promise<void> } | undefined;
afterEach(() => server?.close());

/** A client of a loopback server that answers every request with `body`. */
async function clientAnswering(body: unknown): Promise<DocumentsClient> {
  server = await startCustomServer(async () => Response.json(body));
  return createDocumentsClient({ baseUrl: server.url, getAccessToken: () => 't', retry: false });
}

describe('tolerant document parsing', () => {
  it('maps alternative field names and keeps unknown fields in raw', async () => {
    const wire = {
      id: 7,
      status: 'Verified',
      typeID: 3,
      typeName: 'Passport',
      name: 'scan.pdf',
      url: 'https://cdn.example/scan.pdf',
      contentType: 'application/pdf',
      fileSize: 2048,
      reason: 'n/a',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-02T00:00:00Z',
      vendorField: { nested: true },
    };
    const client = await clientAnswering(wire);

    const document = await client.get('7');

    expect(document).toEqual({
      id: '7',
      status: 'approved',
      rawStatus: 'Verified',
      typeId: 3,
      typeName: 'Passport',
      fileName: 'scan.pdf',
      fileUrl: 'https://cdn.example/scan.pdf',
      mimeType: 'application/pdf',
      size: 2048,
      rejectionReason: 'n/a',
      createTime: '2024-01-01T00:00:00Z',
      updateTime: '2024-01-02T00:00:00Z',
      raw: wire,
    });
  });

  it('reads type.id/type.name, a file URL and the file name from the path', async () => {
    const client = await clientAnswering({ id: 'a1', type: { id: 5, name: 'Selfie' }, file: 'https://files.example/u/42/me%20now.jpg' });

    const document = await client.get('a1');

    expect(document).toMatchObject({
      id: 'a1',
      typeId: 5,
      typeName: 'Selfie',
      file: 'https://files.example/u/42/me%20now.jpg',
      fileUrl: 'https://files.example/u/42/me%20now.jpg',
      fileName: 'me now.jpg',
    });
  });

  it('keeps a file name that is not percent-encoded ("100%") instead of refusing the whole list', async () => {
    const client = await clientAnswering([
      { id: 1, file: 'uploads/u42/scan 100%.jpg' },
      { id: 2, file: 'uploads/u42/ok%20now.jpg' },
    ]);

    const page = await client.list();

    expect(page.documents.map((document) => document.fileName)).toEqual(['scan 100%.jpg', 'ok now.jpg']);
  });

  it.each([
    ['pending', 'pending'],
    ['NEW', 'pending'],
    ['uploaded', 'pending'],
    ['submitted', 'pending'],
    ['approved', 'approved'],
    ['verified', 'approved'],
    ['accepted', 'approved'],
    ['rejected', 'rejected'],
    ['declined', 'rejected'],
    ['denied', 'rejected'],
    ['processing', 'in_review'],
  ] as const)('maps status %s to %s', async (wire, status) => {
    const client = await clientAnswering({ id: 1, status: wire });

    await expect(client.get('1')).resolves.toMatchObject({ status, rawStatus: wire });
  });

  it('a missing status is in_review without rawStatus', async () => {
    const client = await clientAnswering({ id: 1 });

    const document = await client.get('1');

    expect(document.status).toBe('in_review');
    expect(document).not.toHaveProperty('rawStatus');
  });

  it('unwraps a single document sent as {data: {...}}', async () => {
    const client = await clientAnswering({ data: { id: 3, status: 'pending' } });

    await expect(client.get('3')).resolves.toMatchObject({ id: '3', status: 'pending' });
  });

  it.each([
    ['a document without id', { status: 'approved' }],
    ['a document with an object id', { id: { value: 1 } }],
  ])('%s is INVALID_RESPONSE', async (_case, body) => {
    const client = await clientAnswering(body);

    await expect(client.get('1')).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it.each([
    ['an object without data or items', { documents: [] }],
    ['a string', 'nope'],
    ['null', null],
    ['a list item without id', [{ id: 1 }, { status: 'approved' }]],
  ])('a list answer that is %s is INVALID_RESPONSE', async (_case, body) => {
    const client = await clientAnswering(body);

    await expect(client.list()).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});

describe('Retry-After as an HTTP date', () => {
  it('becomes retryAfterMs counted from now', async () => {
    server = await startCustomServer(async () =>
      Response.json({ message: 'slow down' }, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 5000).toUTCString() } }),
    );
    const client = createDocumentsClient({ baseUrl: server.url, getAccessToken: () => 't', retry: false });

    const error = await client.list().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'RATE_LIMITED', serverMessage: 'slow down' });
    const { retryAfterMs } = error as { retryAfterMs: number };
    expect(retryAfterMs).toBeGreaterThan(3000);
    expect(retryAfterMs).toBeLessThanOrEqual(5000);
  });
});
