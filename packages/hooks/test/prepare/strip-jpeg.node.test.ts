import { describe, expect, it } from 'vitest';
import { stripJpeg } from '../../src/prepare/strip-jpeg.js';
import { identifyingStrings, jpegMetadataLeft, metadataSegments, readJpeg, segment, syntheticJpeg } from './image-fixtures.js';

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

  it.each([
    ['cut off inside the image data', (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 30)],
    ['cut off inside a segment', (bytes: Uint8Array) => bytes.subarray(0, 40)],
    ['no image data at all', () => Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)],
    ['garbage after the start marker', () => Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x02, 0x41, 0x42, 0x43)],
  ])('given a JPEG %s, it should throw CorruptImage', (_, damage) => {
    const bytes = damage(syntheticJpeg({ trailer: new Uint8Array(0) }));
    expect(() => stripJpeg(bytes)).toThrow(expect.objectContaining({ name: 'CorruptImage' }));
  });
});
