import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { fileWithHeader, jpegFile } from './test-files.js';

const JPEG_HEADER = [0xff, 0xd8, 0xff, 0xe0];

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

// `maxSize` is the "largest accepted size" and `minSize` the "smallest accepted size": both limits are allowed.
describe('file size limits include the limit itself', () => {
  it('accepts a file of exactly maxSize and refuses one byte more', async () => {
    const client = fixture.client({ files: { maxSize: 5000 } });

    await expect(client.checkFile(jpegFile('exact.jpg', 5000))).resolves.toBe('image/jpeg');
    await expect(client.checkFile(jpegFile('over.jpg', 5001))).rejects.toMatchObject({ rejection: 'too-large' });
  });

  it('accepts a file of exactly the default 1 KiB minimum and refuses one byte less', async () => {
    const client = fixture.client();

    await expect(client.checkFile(fileWithHeader(JPEG_HEADER, 'exact.jpg', 1024))).resolves.toBe('image/jpeg');
    await expect(client.checkFile(fileWithHeader(JPEG_HEADER, 'under.jpg', 1023))).rejects.toMatchObject({ rejection: 'too-small' });
  });
});
