import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDocumentsError } from '../../src/client/index.js';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

/** A DocumentsError made by another copy of the package (a duplicated bundle, an iframe): same name and shape, other class. */
function foreignDocumentsError(code: string): Error {
  return Object.assign(new Error('Refused by the other bundle.'), { name: 'DocumentsError', code, status: 403 });
}

describe('a DocumentsError from another copy of the package', () => {
  it('is recognised by isDocumentsError, and a plain Error named alike without a code is not', () => {
    expect(isDocumentsError(foreignDocumentsError('FORBIDDEN'))).toBe(true);
    expect(isDocumentsError(Object.assign(new Error('x'), { name: 'DocumentsError' }))).toBe(false);
  });

  it('passes through the client unchanged, not wrapped as NETWORK', async () => {
    const foreign = foreignDocumentsError('FORBIDDEN');
    const client = fixture.client({ upload: () => Promise.reject(foreign) });

    await expect(client.uploadFile(jpegFile())).rejects.toBe(foreign);
  });
});
