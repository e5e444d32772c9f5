import { createJpegBytes, createPdfBytes, createPngBytes, DEFAULT_SEED, createFakeDocumentsApi, sampleFileBytes, sniffFileKind } from '@iddocs/testing';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ascii = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

describe('fixture files', () => {
  it('builds a PNG whose pixel data inflates to width × height rows', () => {
    const png = createPngBytes({ width: 7, height: 5, pixel: (x) => [x * 30, 0, 0] });
    expect(sniffFileKind(png)).toBe('image/png');
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([7, 5]);
    const idatLength = view.getUint32(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.byteLength).toBe(5 * (1 + 7 * 3));
    expect(raw[1 + 3 * 3]).toBe(90);
  });

  it('builds a baseline JPEG with its dimensions, at least 1 KiB, ending in EOI', () => {
    const jpeg = createJpegBytes({ width: 32, height: 16 });
    expect(sniffFileKind(jpeg)).toBe('image/jpeg');
    const sof = jpeg.findIndex((byte, index) => byte === 0xff && jpeg[index + 1] === 0xc0);
    const view = new DataView(jpeg.buffer);
    expect([view.getUint16(sof + 5), view.getUint16(sof + 7)]).toEqual([16, 32]);
    expect(jpeg.byteLength).toBeGreaterThanOrEqual(1024);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it.each([
    ['padded to the default 1536 bytes', {}],
    ['bare', { minBytes: 0 }],
    ['padded to 4000 bytes', { minBytes: 4000 }],
  ])('builds a PDF, %s, whose xref offsets point at its objects', (_, options) => {
    const text = ascii(createPdfBytes({ lines: ['Hello (world)'], ...options }));
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(text.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
    expect(text).toContain('(Hello \\(world\\)) Tj');
  });

  it('pads PDFs, as JPEGs, over the documents client’s default minimum of 1 KiB, and no further than asked', () => {
    const sizes = [createPdfBytes(), createPdfBytes({ lines: ['One line'] }), sampleFileBytes('bill.pdf'), createPdfBytes({ minBytes: 4000 })].map((bytes) => bytes.byteLength);
    expect(sizes.slice(0, 3).every((size) => size >= 1536 && size <= 1537)).toBe(true);
    expect(sizes[3]).toBeGreaterThanOrEqual(4000);
    expect(sizes[3]).toBeLessThanOrEqual(4001);
    expect(createPdfBytes({ lines: ['One line'], minBytes: 0 }).byteLength).toBeLessThan(1024);
  });

  it('picks sample bytes by extension, and seeds the default account with them', async () => {
    expect(['a.PNG', 'b.pdf', 'c.jpeg', 'd'].map((name) => sniffFileKind(sampleFileBytes(name)))).toEqual(['image/png', 'application/pdf', 'image/jpeg', 'image/jpeg']);
    const docs = createFakeDocumentsApi().documents();
    expect(docs).toHaveLength(DEFAULT_SEED.length);
    expect(new Set(docs.map((doc) => doc.mimeType))).toEqual(new Set(['image/jpeg', 'image/png', 'application/pdf']));
  });

  it('takes seeds with explicit bytes, comments and times', () => {
    const api = createFakeDocumentsApi({
      seed: [{ typeId: 5, status: 'rejected', fileName: 'permit.png', bytes: createPngBytes({ width: 2, height: 2 }), comment: 'Expired', createTime: '2024-01-01T00:00:00.000Z' }],
    });
    expect(api.documents()).toEqual([
      expect.objectContaining({ id: 1, typeId: 5, type: { id: 5, name: 'Residence permit' }, status: 'rejected', comment: 'Expired', mimeType: 'image/png', createTime: '2024-01-01T00:00:00.000Z' }),
    ]);
  });
});
