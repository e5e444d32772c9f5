import { describe, expect, it } from 'vitest';
import { corruptJpegData, createJpegBytes, createPhoneExif, createSamplePhoto, createTiffBytes, readJpegExif, SAMPLE_GPS_POSITION } from '../src/index.js';

/** A small valid JPEG with `tiff` spliced in as its APP1 Exif segment, right after SOI. */
function jpegWithExif(tiff: Uint8Array): Uint8Array {
  const jpeg = createJpegBytes({ width: 16, height: 8 });
  const header = Uint8Array.from('Exif\0\0', (c) => c.charCodeAt(0));
  const length = 2 + header.length + tiff.length;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...header, ...tiff, ...jpeg.subarray(2)]);
}

describe('the EXIF builder and reader (bytes only, any runtime)', () => {
  it.each([{ little: false }, { little: true }])('should round-trip a phone EXIF (little-endian: $little)', ({ little }) => {
    const exif = readJpegExif(jpegWithExif(createPhoneExif({ orientation: 6, little })));
    expect(exif?.orientation).toBe(6);
    expect(exif?.position?.latitude).toBeCloseTo(SAMPLE_GPS_POSITION.latitude, 9);
    expect(exif?.position?.longitude).toBeCloseTo(SAMPLE_GPS_POSITION.longitude, 9);
    expect(exif?.ifd0.get(0x0110)).toBe('Phone X Pro');
    expect(exif?.exif.get(0x9003)).toBe('2024:05:01 10:20:30');
    expect(exif?.exif.get(0x927c)).toEqual([...'MAKERNOTE-SECRET'].map((c) => c.charCodeAt(0)));
  });

  it('should give south and west positions negative signs', () => {
    const tiff = createTiffBytes({
      ifd0: [],
      gps: [
        { tag: 0x0001, type: 2, value: 'S' },
        { tag: 0x0002, type: 5, value: [33, 1, 52, 1, 0, 1] },
        { tag: 0x0003, type: 2, value: 'W' },
        { tag: 0x0004, type: 5, value: [70, 1, 30, 1, 0, 1] },
      ],
    });
    expect(readJpegExif(jpegWithExif(tiff))?.position).toEqual({ latitude: -(33 + 52 / 60), longitude: -70.5 });
  });

  it('given gps false, the phone EXIF should have no GPS IFD at all', () => {
    const exif = readJpegExif(jpegWithExif(createPhoneExif({ gps: false })));
    expect(exif?.gps.size).toBe(0);
    expect(exif?.ifd0.has(0x8825)).toBe(false);
    expect(new TextDecoder('latin1').decode(createPhoneExif({ gps: false }))).toContain('SERIAL-12345');
  });

  it('should say a JPEG without EXIF has none, and refuse what is not a JPEG or is cut short', () => {
    expect(readJpegExif(createJpegBytes())).toBeUndefined();
    expect(() => readJpegExif(Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toThrow('readJpegExif: not a JPEG (starts with 89 50 4e 47).');
    const cut = jpegWithExif(createPhoneExif()).subarray(0, 40);
    expect(() => readJpegExif(cut)).toThrow(/segment 0xe1 at byte 2 runs past the end of the file/);
  });
});

describe('outside a browser', () => {
  it('createSamplePhoto should reject saying it needs a browser', async () => {
    await expect(createSamplePhoto()).rejects.toThrow('createSamplePhoto needs a browser (OffscreenCanvas and its JPEG encoder)');
  });

  it('corruptJpegData should refuse a file that is not a JPEG, naming it', async () => {
    await expect(corruptJpegData(new File(['%PDF-1.7'], 'bill.pdf'))).rejects.toThrow('corruptJpegData: "bill.pdf" is not a JPEG.');
  });
});
