import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentsClient, DocumentsError, type UploadProgress } from '../../src/client/index.js';
import { requestsTo, startCustomServer, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { fileWithHeader, jpegFile, padded, pdfFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

const ASCII = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe('file content checks, before any request', () => {
  it.each([
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    ['a WebP', [...ASCII('RIFF'), 0, 0, 0, 0, ...ASCII('WEBP')], 'image/webp'],
    ['a HEIC', [0, 0, 0, 0x18, ...ASCII('ftypheic')], 'image/heic'],
    ['a HEIF (mif1)', [0, 0, 0, 0x18, ...ASCII('ftypmif1')], 'image/heic'],
    // The brands preparation reads as HEIC too: a file one accepts, the other must not pass through.
    ...['heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'msf1'].map((brand) => [`a HEIF (${brand})`, [0, 0, 0, 0x18, ...ASCII(`ftyp${brand}`)], 'image/heic'] as [string, number[], string]),
    ['a PDF', ASCII('%PDF-1.7'), 'application/pdf'],
  ])('recognises %s by its bytes', async (_kind, header, expected) => {
    await expect(fixture.client().checkFile(fileWithHeader(header, 'anything.bin'))).resolves.toBe(expected);
  });

  it('accepts a PDF named .jpg as application/pdf and uploads it', async () => {
    const client = fixture.client();
    const disguised = new File([await pdfFile().arrayBuffer()], 'photo.jpg', { type: 'image/jpeg' });

    await expect(client.checkFile(disguised)).resolves.toBe('application/pdf');
    await expect(client.uploadFile(disguised)).resolves.toMatch(/photo\.jpg$/);
  });

  it.each([
    ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
    ['a Windows executable', [0x4d, 0x5a, 0x90, 0x00]],
  ])('refuses %s named .jpg as unsupported-type and sends nothing', async (_kind, header) => {
    const error = await fixture
      .client()
      .upload(fileWithHeader(header, 'passport.jpg'), { typeId: 1 })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'FILE_REJECTED', rejection: 'unsupported-type' });
    expect((error as Error).message).toContain('"passport.jpg"');
    expect((error as Error).message).toContain('is not a JPEG, PNG, WebP, HEIC or PDF file');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('refuses an accepted kind that the rules leave out', async () => {
    const client = fixture.client({ files: { accept: ['image/jpeg', 'image/png'] } });

    await expect(client.checkFile(pdfFile('scan.pdf'))).rejects.toMatchObject({ code: 'FILE_REJECTED', rejection: 'unsupported-type' });
  });

  it('refuses an empty file', async () => {
    const error = await fixture
      .client()
      .uploadFile(new File([], 'empty.jpg'))
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'FILE_REJECTED', rejection: 'empty' });
    expect((error as Error).message).toContain('"empty.jpg" is empty');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('refuses a file under the 1 KiB default minimum', async () => {
    const error = await fixture
      .client()
      .uploadFile(fileWithHeader([0xff, 0xd8, 0xff, 0xe0], 'tiny.jpg', 1023))
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'FILE_REJECTED', rejection: 'too-small' });
    // 1023 and 1024 bytes both round to "1 kB": the message shows the decimals that tell them apart.
    expect((error as Error).message).toBe('"tiny.jpg" is 1.023 kB, under the minimum of 1.024 kB. Choose another file.');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('refuses a file over the 20 MB default maximum', async () => {
    const error = await fixture
      .client()
      .uploadFile(jpegFile('huge.jpg', 20_000_001))
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'FILE_REJECTED', rejection: 'too-large' });
    expect((error as Error).message).toBe('"huge.jpg" is 20.000001 MB, over the limit of 20 MB. Choose another file.');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('states sizes well apart from their limit to one decimal', async () => {
    const client = fixture.client({ files: { maxSize: 5_000_000 } });

    await expect(client.checkFile(jpegFile('scan.jpg', 25_340_000))).rejects.toThrow('"scan.jpg" is 25.3 MB, over the limit of 5 MB.');
    await expect(client.checkFile(fileWithHeader([0xff, 0xd8, 0xff], 'dot.jpg', 512))).rejects.toThrow('"dot.jpg" is 512 bytes, under the minimum of 1 kB.');
  });

  it('applies custom size limits', async () => {
    const client = fixture.client({ files: { minSize: 10, maxSize: 2000 } });

    await expect(client.checkFile(fileWithHeader([0xff, 0xd8, 0xff], 'small.jpg', 100))).resolves.toBe('image/jpeg');
    await expect(client.checkFile(jpegFile('big.jpg', 2001))).rejects.toMatchObject({ rejection: 'too-large' });
  });

  it('exposes the rules it enforces, defaults filled in, so widgets can state the same limits', () => {
    expect(fixture.client().fileRules).toEqual({
      accept: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'],
      maxSize: 20_000_000,
      minSize: 1024,
    });
    expect(fixture.client({ files: { maxSize: 5_000_000, accept: ['application/pdf'] } }).fileRules).toEqual({
      accept: ['application/pdf'],
      maxSize: 5_000_000,
      minSize: 1024,
    });
  });
});

describe('custom upload step', () => {
  it('calls an upload function with progress, signal and file name, and creates with its path', async () => {
    const seen: { fileName: string; aborted: boolean }[] = [];
    const progress: UploadProgress[] = [];
    const client = fixture.client({
      upload: async (file, { onProgress, signal, fileName }) => {
        seen.push({ fileName, aborted: signal.aborted });
        onProgress({ loaded: file.size / 2, total: file.size, percent: 50 });
        // Store it through the fake's own upload route so `create` accepts the path.
        const body = new FormData();
        body.append('file', file, fileName);
        const response = await fetch(`${fixture.url}/api/v2/my/files`, { method: 'POST', body, headers: { Authorization: 'Bearer test-token' } });
        return ((await response.json()) as { path: string }).path;
      },
    });

    const document = await client.upload(jpegFile('custom.jpg'), { typeId: 1, onProgress: (event) => progress.push(event) });

    expect(seen).toEqual([{ fileName: 'custom.jpg', aborted: false }]);
    expect(progress.map((event) => event.percent)).toEqual([50, 100]);
    expect(document.file).toMatch(/custom\.jpg$/);
  });

  it('names a bare Blob "document"', async () => {
    let received = '';
    const client = fixture.client({
      upload: async (_file, { fileName }) => {
        received = fileName;
        return 'uploads/x/document';
      },
    });

    await client.uploadFile(new Blob([padded(new Uint8Array([0xff, 0xd8, 0xff]), 2048)]));

    expect(received).toBe('document');
  });

  it('wraps what the upload function throws; a DocumentsError passes through', async () => {
    const failure = new Error('bucket is read-only');
    const wrapped = await fixture
      .client({ upload: () => Promise.reject(failure) })
      .uploadFile(jpegFile())
      .catch((caught: unknown) => caught);

    expect(wrapped).toMatchObject({ code: 'NETWORK', cause: failure });
    expect((wrapped as Error).message).toContain('bucket is read-only');

    const own = new DocumentsError('FORBIDDEN', 'no uploads for you');
    await expect(fixture.client({ upload: () => Promise.reject(own) }).uploadFile(jpegFile())).rejects.toBe(own);
  });

  it.each([[''], [42], [undefined]])('an upload function resolving %j is INVALID_RESPONSE', async (path) => {
    const client = fixture.client({ upload: async () => path as unknown as string });

    await expect(client.uploadFile(jpegFile())).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('posts to a custom endpoint with its field name and fields, and reads the path with getPath', async () => {
    const received: { path: string; auth: string | null; field: string; purpose: string | null }[] = [];
    const storage = await startCustomServer(async (request) => {
      const form = await request.formData();
      const file = form.get('document');
      received.push({
        path: new URL(request.url).pathname,
        auth: request.headers.get('authorization'),
        field: file instanceof Blob ? `blob:${file.size}` : String(file),
        purpose: form.get('purpose') as string | null,
      });
      return Response.json({ result: { key: 'stored/abc' } }, { status: 201 });
    });
    try {
      const client = createDocumentsClient({
        baseUrl: `${storage.url}/prefix`,
        getAccessToken: () => 'tok',
        upload: {
          url: 'storage/put',
          fieldName: 'document',
          fields: { purpose: 'kyc' },
          getPath: (json) => (json as { result?: { key?: string } }).result?.key,
        },
      });

      await expect(client.uploadFile(jpegFile('a.jpg', 3000))).resolves.toBe('stored/abc');
      expect(received).toEqual([{ path: '/prefix/storage/put', auth: 'Bearer tok', field: 'blob:3000', purpose: 'kyc' }]);
    } finally {
      await storage.close();
    }
  });

  it('an upload answer without a path is INVALID_RESPONSE', async () => {
    const storage = await startCustomServer(async () => Response.json({ ok: true }, { status: 201 }));
    try {
      const client = createDocumentsClient({ baseUrl: storage.url, getAccessToken: () => 'tok' });

      await expect(client.uploadFile(jpegFile())).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
    } finally {
      await storage.close();
    }
  });

  it('reads the default path from path, file or data.path', async () => {
    const answers = [{ file: 'uploads/from-file' }, { data: { path: 'uploads/from-data' } }, { path: 'uploads/from-path', file: 'ignored' }];
    const storage = await startCustomServer(async () => Response.json(answers.shift()));
    try {
      const client = createDocumentsClient({ baseUrl: storage.url, getAccessToken: () => 'tok' });

      const paths = [await client.uploadFile(jpegFile()), await client.uploadFile(jpegFile()), await client.uploadFile(jpegFile())];

      expect(paths).toEqual(['uploads/from-file', 'uploads/from-data', 'uploads/from-path']);
    } finally {
      await storage.close();
    }
  });

  it('the default upload reaches the fake’s files route', async () => {
    await fixture.client().uploadFile(jpegFile());

    expect(requestsTo(fixture.api, 'upload')).toHaveLength(1);
  });
});
