import { afterEach, describe, expect, it } from 'vitest';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;
afterEach(() => fixture.close());

// A server that refuses a second document per file answers 409; the browser's silent resend of a create meets it.
describe('a create answered 409 Conflict', () => {
  it('resolves with the document the file already has, and posts no more (even with retries off)', async () => {
    fixture = await startDocumentsFixture({ seed: false, uniqueFiles: true });
    const client = fixture.client({ retry: false });
    const path = await client.uploadFile(jpegFile('resent.jpg'));
    const first = await client.create({ file: path, typeId: 1 });

    await expect(client.create({ file: path, typeId: 1 })).resolves.toEqual(first);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(2);
    expect(fixture.api.documents()).toHaveLength(1);
  });

  it('rejects with the 409 when no document has the file, and never posts again', async () => {
    fixture = await startDocumentsFixture({ seed: false });
    const client = fixture.client({ retry: false });
    const path = await client.uploadFile(jpegFile('refused.jpg'));
    fixture.api.inject('create', { type: 'status', status: 409, body: { message: 'Conflict.' } });

    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'VALIDATION', status: 409 });
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
    expect(fixture.api.documents()).toEqual([]);
  });
});
