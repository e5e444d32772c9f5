import { describe, expect, it } from 'vitest';
import { stripJpeg } from '../../src/prepare/strip-jpeg.js';
import { ascii, concat, identifyingStrings, jpegMetadataLeft, metadataSegments, phoneExif, readJpeg, segment, syntheticJpeg } from './image-fixtures.js';

const startOfImage = Uint8Array.of(0xff, 0xd8);
const endOfImage = Uint8Array.of(0xff, 0xd9);
const frame = (width: number, height: number) => segment(0xc2, Uint8Array.of(8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0));
const startOfScan = segment(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0));
const scanData = Uint8Array.of(0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56);

/** A progressive JPEG of two scans, with `between` written after the first scan's data, where editors may add segments. */
function twoScans(...between: Uint8Array[]): Uint8Array<ArrayBuffer> {
  return concat(startOfImage, frame(40, 30), segment(0xc4, Uint8Array.of(0), new Uint8Array(16)), startOfScan, scanData, ...between, startOfScan, scanData, endOfImage);
}

describe('stripJpeg', () => {
  it('given a phone JPEG, it should remove EXIF, XMP, IPTC, MPF, C2PA and comments, and say what they held', () => {
    const original = syntheticJpeg();
    expect(jpegMetadataLeft(original)).toHaveLength(6);

    const { bytes, removed } = stripJpeg(original);

    expect(jpegMetadataLeft(bytes)).toEqual([]);
    expect(identifyingStrings(bytes)).toEqual([]);
    expect([...removed].toSorted()).toEqual(['camera', 'comment', 'date-taken', 'iptc', 'location', 'other', 'xmp']);
  });

  it('should keep the image data byte for byte (no re-encode), and the JFIF, ICC profile and frame segments', () => {
    const original = syntheticJpeg();
    const { bytes } = stripJpeg(original);

    expect(readJpeg(bytes).imageData).toEqual(readJpeg(original).imageData);
    const kept = readJpeg(bytes).segments.map(({ marker }) => marker.toString(16));
    expect(kept).toEqual(['e0', 'e2', 'db', 'c2', 'c4']);
    expect(bytes.length).toBeLessThan(original.length);
  });

  it('should drop what follows the end-of-image marker (motion-photo video, maker trailers)', () => {
    const { bytes, removed } = stripJpeg(syntheticJpeg({ metadata: [] }));

    expect(readJpeg(bytes).after).toHaveLength(0);
    expect([...removed]).toEqual(['other']);
  });

  it('should read the size from the frame header and the EXIF orientation, in either byte order', () => {
    for (const little of [false, true]) {
      const result = stripJpeg(syntheticJpeg({ width: 640, height: 480, metadata: metadataSegments({ orientation: 6, little }) }));
      expect(result).toMatchObject({ width: 640, height: 480, orientation: 6 });
      expect(result.removed).toContain('orientation');
    }
  });

  it('given a JPEG without metadata, it should change nothing', () => {
    const original = syntheticJpeg({ metadata: [], trailer: new Uint8Array(0) });
    const { bytes, removed, orientation } = stripJpeg(original);

    expect(bytes).toEqual(original);
    expect(removed.size).toBe(0);
    expect(orientation).toBe(1);
  });

  it('given a damaged EXIF block, it should still remove it, as "other"', () => {
    const original = syntheticJpeg({ metadata: [segment(0xe1, 'Exif\0\0', 'MM\0*\0\0\xff\xff')] });
    const { bytes, removed } = stripJpeg(original);

    expect(jpegMetadataLeft(bytes)).toEqual([]);
    expect([...removed]).toEqual(['other']);
  });

  it('should skip markers without a length (TEM, a restart) before the header segments, and still find the EXIF behind them', () => {
    const strays = [Uint8Array.of(0xff, 0xd0), Uint8Array.of(0xff, 0x01), Uint8Array.of(0xff, 0xd7)];
    const { bytes, removed, orientation } = stripJpeg(syntheticJpeg({ metadata: [...strays, ...metadataSegments({ orientation: 6 })] }));

    expect(identifyingStrings(bytes)).toEqual([]);
    expect(removed).toContain('location');
    expect(orientation).toBe(6);
    expect(jpegMetadataLeft(bytes)).toEqual([]);
  });

  it('should cut JFIF and Adobe segments to their fixed fields, so nothing hides behind them', () => {
    const jfif = segment(0xe0, 'JFIF\0', Uint8Array.of(1, 2, 1, 0, 72, 0, 72, 1, 1), 'Jane Doe, 12 Baker Street');
    const adobe = segment(0xee, 'Adobe', Uint8Array.of(0, 100, 0, 0, 0, 0, 1), 'SERIAL-12345');
    const { bytes, removed } = stripJpeg(syntheticJpeg({ metadata: [jfif, adobe], trailer: new Uint8Array(0) }));
    const segments = readJpeg(bytes).segments.filter(({ marker }) => marker === 0xe0 || marker === 0xee);

    expect(identifyingStrings(bytes)).toEqual([]);
    // The synthetic JPEG's own JFIF first, then the two rebuilt: JFIF 1.02, dpi 72×72, no thumbnail; Adobe transform 1.
    expect(segments.map(({ payload }) => [...payload])).toEqual([
      [...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0],
      [...ascii('JFIF\0'), 1, 2, 1, 0, 72, 0, 72, 0, 0],
      [...ascii('Adobe'), 0, 100, 0, 0, 0, 0, 1],
    ]);
    expect([...removed]).toEqual(['other']);
  });

  it('should keep an Adobe segment of the standard size whole, and report nothing removed', () => {
    // Exactly its 12 fixed bytes, as Photoshop writes them: without it, an RGB or CMYK JPEG is decoded in wrong colours.
    const adobe = segment(0xee, 'Adobe', Uint8Array.of(0, 100, 0, 0, 0, 0, 0));
    const original = syntheticJpeg({ metadata: [adobe], trailer: new Uint8Array(0) });
    const { bytes, removed } = stripJpeg(original);

    expect(bytes).toEqual(original);
    expect(removed.size).toBe(0);
  });

  it('should remove metadata written between two scans, also behind a fill byte, and keep the rest as it was', () => {
    const tables = segment(0xc4, Uint8Array.of(0x10), new Uint8Array(16));
    const original = twoScans(Uint8Array.of(0xff), ...metadataSegments(), tables);
    const { bytes, removed } = stripJpeg(original);

    expect(identifyingStrings(bytes)).toEqual([]);
    expect([...removed].toSorted()).toEqual(['camera', 'comment', 'date-taken', 'iptc', 'location', 'other', 'xmp']);
    expect(bytes).toEqual(twoScans(Uint8Array.of(0xff), tables));
  });

  it('should skip fill bytes before a header segment, and still remove the EXIF behind them', () => {
    const { bytes, removed } = stripJpeg(syntheticJpeg({ metadata: [Uint8Array.of(0xff, 0xff), ...metadataSegments()] }));

    expect(identifyingStrings(bytes)).toEqual([]);
    expect(removed).toContain('location');
    expect(jpegMetadataLeft(bytes)).toEqual([]);
  });

  it('should drop a DNL segment that carries more than a height', () => {
    const dnl = segment(0xdc, Uint8Array.of(0, 30), 'Exif\0\0', phoneExif());
    const { bytes } = stripJpeg(syntheticJpeg({ metadata: [dnl] }));
    expect(identifyingStrings(bytes)).toEqual([]);
  });

  it('should turn the photo by the first EXIF block only, as browsers do', () => {
    const first = segment(0xe1, 'Exif\0\0', phoneExif({ orientation: 1 }));
    const second = segment(0xe1, 'Exif\0\0', phoneExif({ orientation: 6 }));
    expect(stripJpeg(syntheticJpeg({ metadata: [first, second] })).orientation).toBe(1);
  });

  it('should not turn the photo by an EXIF block written after the image data, which browsers never read', () => {
    const late = segment(0xe1, 'Exif\0\0', phoneExif({ orientation: 6 }));
    const { bytes, orientation, removed } = stripJpeg(concat(startOfImage, frame(40, 30), startOfScan, scanData, late, endOfImage));

    expect(identifyingStrings(bytes)).toEqual([]);
    expect(removed).toContain('location');
    expect(orientation).toBe(1);
  });

  it.each([
    ['a JPEG extension marker (FFF0)', segment(0xf0, 'Jane Doe')],
    ['a hierarchical-mode marker (FFDE DHP, which no browser decodes)', segment(0xde, Uint8Array.of(8, 0, 30, 0, 40, 1, 1, 0x11, 0), 'Jane Doe')],
    ['a differential frame of the hierarchical process (FFC5)', segment(0xc5, Uint8Array.of(8, 0, 30, 0, 40, 1, 1, 0x11, 0), 'Jane Doe')],
    ['a differential frame of the hierarchical process (FFCF)', segment(0xcf, Uint8Array.of(8, 0, 30, 0, 40, 1, 1, 0x11, 0), 'Jane Doe')],
    ['a reserved marker (FF02)', segment(0x02, 'Jane Doe')],
    ['a stuffed zero outside the image data', Uint8Array.of(0xff, 0x00, 0x00, 0x04, 0, 0)],
    ['a second start-of-image marker', Uint8Array.of(0xff, 0xd8, 0x00, 0x04, 0, 0)],
  ])('given %s in the header, it should throw CorruptImage, not keep it', (_, odd) => {
    expect(() => stripJpeg(syntheticJpeg({ metadata: [odd] }))).toThrow(expect.objectContaining({ name: 'CorruptImage', message: expect.stringMatching(/^unsupported marker FF/) }));
  });

  it.each([
    ['cut off inside the image data', (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 30)],
    ['cut off inside a segment', (bytes: Uint8Array) => bytes.subarray(0, 40)],
    ['no image data at all', () => Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)],
    ['garbage after the start marker', () => Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x02, 0x41, 0x42, 0x43)],
    ['with a frame but no scan before its end marker', () => concat(startOfImage, frame(40, 30), endOfImage)],
    ['whose frame says height 0 (left to a DNL segment, which no browser decodes)', () => concat(startOfImage, frame(40, 0), startOfScan, scanData, endOfImage)],
  ])('given a JPEG %s, it should throw CorruptImage', (_, damage) => {
    const bytes = damage(syntheticJpeg({ trailer: new Uint8Array(0) }));
    expect(() => stripJpeg(bytes)).toThrow(expect.objectContaining({ name: 'CorruptImage' }));
  });
});
