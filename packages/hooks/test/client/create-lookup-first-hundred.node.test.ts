import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeDocumentSeed } from '@iddocs/testing';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

// 60 documents dated after anything created now: they list first, so a new document is the 61st, on the second
// page of 50 that the lookup reads.
const LISTED_FIRST: FakeDocumentSeed[] = Array.from({ length: 60 }, (_, index) => ({
  typeId: 1,
  status: 'approved',
  fileName: `dated-${index}.jpg`,
  createTime: '2100-01-01T00:00:00.000Z',
}));

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: LISTED_FIRST });
});
afterEach(() => fixture.close());

describe('the no-duplicate lookup after an ambiguous create', () => {
  it('searches the first 100 listed documents, past the first page', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('late.jpg'));
    fixture.api.inject('create', { type: 'drop', when: 'after' });

    const document = await client.create({ file: path, typeId: 1 });

    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
    expect(document.file).toBe(path);
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
    expect(requestsTo(fixture.api, 'list').map((request) => request.url)).toEqual([
      '/api/v2/my/documents?limit=50&offset=0',
      '/api/v2/my/documents?limit=50&offset=50',
    ]);
  });
});
