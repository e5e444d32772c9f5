import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExif } from '../../src/prepare/read-exif.js';
import { scanHeifMetadata } from '../../src/prepare/scan-heif-metadata.js';
import { ascii, buildTiff, concat, phoneExif } from './image-fixtures.js';

describe('readExif', () => {
  it('should find location, camera and dates through IFD0, the Exif IFD and the GPS IFD', () => {
    const { found, orientation } = readExif(phoneExif({ orientation: 6 }));
    expect([...found].toSorted()).toEqual(['camera', 'date-taken', 'location', 'orientation']);
    expect(orientation).toBe(6);
  });

  it('should not call a GPS IFD holding only its version number a location', () => {
    const { found } = readExif(buildTiff({ ifd0: [{ tag: 0x0112, type: 3, value: [1] }], gps: [{ tag: 0x0000, type: 7, value: [2, 3, 0, 0] }] }));
    expect(found.has('location')).toBe(false);
    expect(found.has('orientation')).toBe(false);
  });

  it('should count unknown tags as "other", and an empty or damaged block too', () => {
    expect([...readExif(buildTiff({ ifd0: [{ tag: 0x011a, type: 5, value: [72, 1] }] })).found]).toEqual(['other']);
    expect([...readExif(Uint8Array.of(1, 2, 3)).found]).toEqual(['other']);
  });

  it('should survive IFD pointers that loop or point past the end', () => {
    const tiff = buildTiff({ ifd0: [{ tag: 0x010f, type: 2, value: 'Cam' }], exif: [{ tag: 0x9003, type: 2, value: '2024:01:01 00:00:00' }] });
    const view = new DataView(tiff.buffer);
    // Point the Exif IFD pointer (second entry of IFD0) back at IFD0, then far past the end.
    view.setUint32(8 + 2 + 12 + 8, 8);
    expect([...readExif(tiff).found]).toEqual(['camera']);
    view.setUint32(8 + 2 + 12 + 8, 0xffff00);
    expect([...readExif(tiff).found]).toEqual(['camera']);
  });

  it('should ignore an orientation outside 1–8', () => {
    expect(readExif(buildTiff({ ifd0: [{ tag: 0x0112, type: 3, value: [9] }] })).orientation).toBe(1);
  });

  it('should take the orientation 0 that some cameras write for upright, not as a turn', () => {
    const { orientation, found } = readExif(buildTiff({ ifd0: [{ tag: 0x0112, type: 3, value: [0] }, { tag: 0x010f, type: 2, value: 'Cam' }] }));
    expect(orientation).toBe(1);
    expect([...found]).toEqual(['camera']);
  });

  it('given a block cut off inside its header, it should not throw, and count it as "other"', () => {
    // Byte order and magic number, then only half of the offset to IFD0.
    expect(readExif(Uint8Array.of(0x4d, 0x4d, 0, 0x2a, 0, 0))).toEqual({ orientation: 1, found: new Set(['other']) });
    expect(readExif(ascii('II'))).toEqual({ orientation: 1, found: new Set(['other']) });
  });
});

describe('scanHeifMetadata', () => {
  it('should find the Exif item of the committed HEIC fixture (Make and GPS latitude)', () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/quadrants.heic', import.meta.url)));
    expect([...scanHeifMetadata(bytes)].toSorted()).toEqual(['camera', 'location']);
  });

  it('should find an Exif item stored after an "Exif\\0\\0" prefix, in either byte order, and XMP', () => {
    for (const little of [false, true]) {
      // The item: the offset (6) to the TIFF header, the prefix, then the TIFF block.
      const item = concat(Uint8Array.of(0, 0, 0, 6), ascii('Exif\0\0'), phoneExif({ little }));
      expect([...scanHeifMetadata(concat(new Uint8Array(40), item))].toSorted()).toEqual(['camera', 'date-taken', 'location']);
    }
    const xmp = ascii('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>');
    expect([...scanHeifMetadata(concat(new Uint8Array(40), xmp))]).toEqual(['xmp']);
  });

  it('should find nothing in bytes without an Exif item', () => {
    expect(scanHeifMetadata(new Uint8Array(1000).fill(0x2a)).size).toBe(0);
  });
});
