import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentsClient } from '../../src/client/index.js';
import { startCustomServer } from './documents-fixture.js';

let server: { url: string; close(): Promise<void> } | undefined;
afterEach(() => server?.close());

describe('the file name read from a file URL', () => {
  it('leaves out the query and fragment (a pre-signed link’s signature is no part of the name)', async () => {
    server = await startCustomServer(async () =>
      Response.json({ id: 1, file: 'https://bucket.example/u42/passport%20scan.jpg?X-Amz-Signature=abc&X-Amz-Expires=60#page=1' }),
    );
    const client = createDocumentsClient({ baseUrl: server.url, getAccessToken: () => 't', retry: false });

    await expect(client.get('1')).resolves.toMatchObject({ fileName: 'passport scan.jpg' });
  });
});
