import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

// README: "timeout: 30 s per JSON request; none for uploads" — a large scan on a slow link must not be cut off.
describe('the request timeout does not apply to uploads', () => {
  it('an upload slower than `timeout` still succeeds, while a list that slow times out', async () => {
    const client = fixture.client({ timeout: 100, retry: false });
    fixture.api.inject('upload', { type: 'latency', ms: 400 });
    fixture.api.inject('list', { type: 'latency', ms: 400 });

    await expect(client.uploadFile(jpegFile('slow.jpg'))).resolves.toMatch(/slow\.jpg$/);
    await expect(client.list()).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
