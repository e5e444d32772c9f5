import { createJpegBytes, createPdfBytes, createPngBytes, type FakeDocument } from '@iddocs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJson, ELF_BYTES, PE_BYTES, serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve({ seed: false, maxUploadBytes: 64 * 1024 });
});
afterEach(() => served.server.close());

interface Uploaded {
  path: string;
  url: string;
  size: number;
  mimeType: string;
}

const WEBP = Uint8Array.from([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0x20, 0, 0, 0], [...'WEBPVP8 '].map((c) => c.charCodeAt(0)), Array.from({ length: 24 }, () => 1)));
const ftyp = (brand: string): Uint8Array =>
  Uint8Array.from([0, 0, 0, 0x18, ...[...`ftyp${brand}`].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, ...Array.from({ length: 24 }, () => 2)]);

describe('upload', () => {
  it('round-trips: upload → create → get → file bytes identical', async () => {
    const bytes = createPngBytes({ width: 20, height: 10 });
    const uploaded = await served.upload(bytes, 'front side.png');
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as Uploaded;
    expect(file).toMatchObject({ size: bytes.byteLength, mimeType: 'image/png' });
    expect(file.path).toMatch(/^uploads\/[0-9a-f]+\/front_side\.png$/);
    expect(file.url).toMatch(/^\/api\/v2\/my\/files\/[0-9a-f]+$/);

    const created = (await (await served.call('/api/v2/my/documents', createJson({ file: file.path, typeId: 1 }))).json()) as FakeDocument;
    const fetched = (await (await served.call(`/api/v2/my/documents/${created.id}`)).json()) as FakeDocument;
    expect(fetched).toEqual(created);
    expect(fetched).toMatchObject({ size: bytes.byteLength, mimeType: 'image/png', fileUrl: file.url });

    const download = await served.call(fetched.fileUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
  });

  it('needs the bearer token to read a file, and answers 404 to an unknown key', async () => {
    const file = (await (await served.upload(createJpegBytes(), 'a.jpg')).json()) as Uploaded;
    expect((await fetch(`${served.server.url}${file.url}`)).status).toBe(401);
    expect((await served.call('/api/v2/my/files/unknown')).status).toBe(404);
  });

  it('strips directories and unsafe characters from the stored name', async () => {
    const file = (await (await served.upload(createPdfBytes(), '../../etc/my bill (1).pdf')).json()) as Uploaded;
    expect(file.path).toMatch(/^uploads\/[0-9a-f]+\/my_bill_1_\.pdf$/);
    expect(file.mimeType).toBe('application/pdf');
  });

  it.each([
    ['паспорт 📷.jpg', 'file.jpg'],
    ['📷.pdf', 'file.pdf'],
    ['Příjmení Žluťoučký.jpg', 'Prijmeni_Zlutoucky.jpg'],
  ])('keeps the extension and folds accents of a non-ASCII name (%s → %s)', async (name, stored) => {
    const response = await served.upload(createJpegBytes(), name);
    expect(response.status).toBe(201);
    const { path } = (await response.json()) as Uploaded;
    expect(path.split('/').at(-1)).toBe(stored);
  });

  it.each([
    ['WebP', WEBP, 'image/webp'],
    ['HEIC', ftyp('heic'), 'image/heic'],
    ['HEIF', ftyp('mif1'), 'image/heif'],
    ['JPEG', createJpegBytes(), 'image/jpeg'],
  ])('recognises %s by its bytes whatever the name', async (_kind, bytes, mimeType) => {
    const response = await served.upload(bytes, 'upload.bin');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ mimeType });
  });

  it.each([
    ['an ELF executable named .jpg', ELF_BYTES, 'photo.jpg'],
    ['a PE executable named .pdf', PE_BYTES, 'bill.pdf'],
    ['plain text named .png', new TextEncoder().encode('hello, I am not an image'), 'x.png'],
  ])('answers 415 to %s', async (_name, bytes, fileName) => {
    const response = await served.upload(bytes, fileName);
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining(fileName) });
  });

  it('answers 400 when the file field is missing, a string, or empty', async () => {
    const other = new FormData();
    other.append('document', new Blob([createJpegBytes()]), 'a.jpg');
    const text = new FormData();
    text.append('file', 'uploads/x/a.jpg');
    const empty = new FormData();
    empty.append('file', new Blob([]), 'empty.jpg');
    const codes = [];
    for (const body of [other, text, empty]) {
      const response = await served.call('/api/v2/my/files', { method: 'POST', body });
      expect(response.status).toBe(400);
      codes.push(((await response.json()) as { code: string }).code);
    }
    expect(codes).toEqual(['MISSING_FILE', 'MISSING_FILE', 'EMPTY_FILE']);
  });

  it('answers 400 to a non-multipart body', async () => {
    const response = await served.call('/api/v2/my/files', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: createJpegBytes() });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_CONTENT_TYPE' });
  });

  it('answers 413 to a file just over maxUploadBytes', async () => {
    const bytes = new Uint8Array(64 * 1024 + 1);
    bytes.set(createJpegBytes());
    const response = await served.upload(bytes, 'big.jpg');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('answers 413 from Content-Length alone, before reading a huge body, and keeps serving', async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024);
    bytes.set(createJpegBytes());
    const response = await served.upload(bytes, 'huge.jpg');
    expect(response.status).toBe(413);
    expect((await served.call('/api/v2/my/documents')).status).toBe(200);
  });

  it('answers 413 to a chunked body without Content-Length once it passes the limit', async () => {
    const boundary = 'xBOUNDARYx';
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8 * 1024).fill(0xff));
        controller.close();
      },
    });
    const response = await served.call('/api/v2/my/files', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});
