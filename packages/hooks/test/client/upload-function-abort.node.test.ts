import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

describe('cancelling through a custom upload function', () => {
  it('an already aborted signal rejects with ABORTED without calling the function', async () => {
    let calls = 0;
    const client = fixture.client({
      upload: async () => {
        calls += 1;
        return 'uploads/x/scan.jpg';
      },
    });

    await expect(client.uploadFile(jpegFile(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(calls).toBe(0);
  });
});
