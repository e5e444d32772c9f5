import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Document } from '../../src/client/index.js';
import { startCustomServer, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';

// A second loopback server is another origin (another port): a files host, a CDN, or a storage bucket.
let fixture: DocumentsFixture;
let files: { url: string; close(): Promise<void> };
let seen: Request[];

beforeEach(async () => {
  fixture = await startDocumentsFixture();
  seen = [];
  files = await startCustomServer(async (request) => {
    seen.push(request);
    return new URL(request.url).pathname === '/missing' ? new Response('no such key', { status: 403 }) : new Response(new Uint8Array([0xff, 0xd8, 0xff]));
  });
});
afterEach(async () => {
  await files.close();
  await fixture.close();
});

const documentAt = (fileUrl: string): Document => ({ id: '1', status: 'pending', fileUrl, raw: {} });

describe('where the bearer token goes', () => {
  it('a fileUrl on another origin is fetched without the token or the app’s headers', async () => {
    const client = fixture.client({ headers: { 'X-Tenant': 'acme' } });

    const blob = await client.getFile(documentAt(`${files.url}/u42/scan.jpg?X-Amz-Signature=abc`));

    expect(blob.size).toBe(3);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get('authorization')).toBeNull();
    expect(seen[0]?.headers.get('x-tenant')).toBeNull();
  });

  it('a 401 from another origin does not ask the app to refresh its token', async () => {
    let refreshes = 0;
    await files.close();
    files = await startCustomServer(async () => new Response(null, { status: 401 }));

    await expect(fixture.client({ onUnauthorized: () => void refreshes++ }).getFile(documentAt(`${files.url}/a.jpg`))).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(refreshes).toBe(0);
  });

  it('an origin listed in tokenOrigins gets the token and headers', async () => {
    const client = fixture.client({ tokenOrigins: [files.url], headers: { 'X-Tenant': 'acme' } });

    await client.getFile(documentAt(`${files.url}/u42/scan.jpg`));

    expect(seen[0]?.headers.get('authorization')).toBe('Bearer test-token');
    expect(seen[0]?.headers.get('x-tenant')).toBe('acme');
  });

  it('an upload endpoint on another origin, named in upload.url, gets the token', async () => {
    await files.close();
    files = await startCustomServer(async (request) => {
      seen.push(request);
      return Response.json({ path: 'stored/a.jpg' });
    });
    const client = fixture.client({ upload: { url: `${files.url}/files` } });

    await client.uploadFile(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), new Uint8Array(2000)], { type: 'image/jpeg' }));

    expect(seen[0]?.headers.get('authorization')).toBe('Bearer test-token');
  });

  it('the API’s own origin still gets the token', async () => {
    await fixture.client().list();

    expect(fixture.api.requests[0]?.headers['authorization']).toBe('Bearer test-token');
  });

  it('an error message names the URL without its query, so a signature never reaches a log', async () => {
    const error = await fixture
      .client()
      .getFile(documentAt(`${files.url}/missing?X-Amz-Signature=SECRETSIG`))
      .then(() => new Error('resolved'), (caught: unknown) => caught as Error);

    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(error.message).toContain(`GET ${files.url}/missing failed`);
    expect(error.message).not.toContain('SECRETSIG');
  });
});
