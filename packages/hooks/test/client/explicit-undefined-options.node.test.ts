// Options are typed `?: X | undefined` so that a wrapper can pass its own optional props through under
// `exactOptionalPropertyTypes`: an explicit `undefined` must then mean the default, as a missing option does.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDocumentsClient } from '../../src/client/index.js';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

it('given every option explicitly undefined, the client should behave as with none: default rules, timeout, retries and origins', async () => {
  const client = createDocumentsClient({
    baseUrl: fixture.url,
    getAccessToken: () => 'test-token',
    onUnauthorized: undefined,
    upload: undefined,
    headers: undefined,
    tokenOrigins: undefined,
    timeout: undefined,
    retry: undefined,
    files: { accept: undefined, maxSize: undefined, minSize: undefined },
    fetch: undefined,
  });
  expect(client.fileRules).toEqual(createDocumentsClient({ baseUrl: fixture.url, getAccessToken: () => 'test-token' }).fileRules);

  fixture.api.inject('list', { type: 'status', status: 503 }); // the default retry policy sends it again
  const path = await client.uploadFile(jpegFile('passport.jpg'), { onProgress: undefined, signal: undefined });
  const created = await client.create({ typeId: 1, file: path });
  const page = await client.list({ limit: undefined, offset: undefined, signal: undefined });

  expect(page.documents.map((document) => document.id)).toEqual([created.id]);
  expect(fixture.api.requests.filter(({ route }) => route === 'list')).toHaveLength(2);
});
