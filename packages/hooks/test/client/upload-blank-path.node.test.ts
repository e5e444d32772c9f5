import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

// `create` accepts only a real path: a blank one would be sent on and refused (or worse, stored) by the server.
describe('a blank stored path', () => {
  it('from an upload function is INVALID_RESPONSE', async () => {
    const client = fixture.client({ upload: async () => '   ' });

    await expect(client.uploadFile(jpegFile())).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('from the upload endpoint is INVALID_RESPONSE, and no document is created', async () => {
    const client = fixture.client({ upload: { getPath: () => ' \n ' } });

    await expect(client.upload(jpegFile(), { typeId: 1 })).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
    expect(fixture.api.requests.filter((request) => request.route === 'create')).toHaveLength(0);
  });
});
