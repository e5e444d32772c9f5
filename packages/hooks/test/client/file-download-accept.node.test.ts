import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

// A file is an image or a PDF: asking for JSON only would let a content-negotiating server answer 406.
describe('a file download', () => {
  it('accepts any media type, while JSON calls accept application/json', async () => {
    const client = fixture.client();
    const document = await client.upload(jpegFile('passport.jpg'), { typeId: 1 });

    await client.getFile(document);

    expect(requestsTo(fixture.api, 'file')[0]?.headers['accept']).toBe('*/*');
    expect(requestsTo(fixture.api, 'create')[0]?.headers['accept']).toBe('application/json');
  });
});
