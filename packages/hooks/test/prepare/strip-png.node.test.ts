import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripPng } from '../../src/prepare/strip-png.js';
import { concat, identifyingStrings, phoneExif, pngChunk, pngChunkTypes } from './image-fixtures.js';

const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const ihdr = pngChunk('IHDR', Uint8Array.of(0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0));
const idat = pngChunk('IDAT', deflateSync(new Uint8Array(2 * (1 + 3 * 3)).fill(0x7f)));
const iend = pngChunk('IEND', new Uint8Array(0));

describe('stripPng', () => {
  it('should drop eXIf, tEXt, zTXt, iTXt, tIME and private chunks, keep the image and colour chunks, and say what went', () => {
    const original = concat(
      signature,
      ihdr,
      pngChunk('iCCP', 'icc\0\0profile'),
      pngChunk('eXIf', phoneExif({ orientation: 8 })),
      pngChunk('tEXt', 'Comment\0Jane Doe at Baker Street'),
      pngChunk('iTXt', 'XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>'),
      pngChunk('zTXt', 'Author\0\0compressed'),
      pngChunk('tIME', Uint8Array.of(7, 232, 5, 1, 10, 20, 30)),
      pngChunk('caBX', 'c2pa'),
      pngChunk('pHYs', Uint8Array.of(0, 0, 11, 19, 0, 0, 11, 19, 1)),
      idat,
      iend,
      Uint8Array.of(1, 2, 3),
    );
    const { bytes, removed, orientation, width, height } = stripPng(original);

    expect(pngChunkTypes(bytes)).toEqual(['IHDR', 'iCCP', 'pHYs', 'IDAT', 'IEND']);
    expect(identifyingStrings(bytes)).toEqual([]);
    expect([...removed].toSorted()).toEqual(['camera', 'comment', 'date-taken', 'location', 'orientation', 'other', 'xmp']);
    expect({ orientation, width, height }).toEqual({ orientation: 8, width: 3, height: 2 });
    // The image chunk is copied as it was, CRC included.
    expect(bytes.subarray(bytes.length - iend.length - idat.length, bytes.length - iend.length)).toEqual(idat);
  });

  it('should name a lone tEXt chunk a comment', () => {
    const { removed } = stripPng(concat(signature, ihdr, pngChunk('tEXt', 'Author\0Jane Doe'), idat, iend));
    expect([...removed]).toEqual(['comment']);
  });

  it('should drop an eXIf chunk after the image data without applying its orientation, as browsers do', () => {
    const { bytes, removed, orientation } = stripPng(concat(signature, ihdr, idat, pngChunk('eXIf', phoneExif({ orientation: 6 })), iend));
    expect(identifyingStrings(bytes)).toEqual([]);
    expect(removed).toContain('location');
    expect(orientation).toBe(1);
  });

  it('given a PNG without metadata, it should change nothing', () => {
    const original = concat(signature, ihdr, idat, iend);
    const { bytes, removed } = stripPng(original);
    expect(bytes).toEqual(original);
    expect(removed.size).toBe(0);
  });

  it('should keep every chunk that codes or renders the image (palette, transparency, colour, animation) byte for byte', () => {
    const original = concat(
      signature,
      pngChunk('IHDR', Uint8Array.of(0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0)),
      pngChunk('sRGB', Uint8Array.of(0)),
      pngChunk('gAMA', Uint8Array.of(0, 0, 0xb1, 0x8f)),
      pngChunk('cHRM', new Uint8Array(32).fill(1)),
      pngChunk('cICP', Uint8Array.of(1, 13, 0, 1)),
      pngChunk('mDCV', new Uint8Array(24).fill(2)),
      pngChunk('cLLI', new Uint8Array(8).fill(3)),
      pngChunk('sBIT', Uint8Array.of(8, 8, 8)),
      pngChunk('PLTE', Uint8Array.of(255, 0, 0, 0, 0, 255)),
      pngChunk('tRNS', Uint8Array.of(0)),
      pngChunk('bKGD', Uint8Array.of(1)),
      pngChunk('pHYs', Uint8Array.of(0, 0, 11, 19, 0, 0, 11, 19, 1)),
      pngChunk('acTL', Uint8Array.of(0, 0, 0, 2, 0, 0, 0, 0)),
      pngChunk('fcTL', new Uint8Array(26)),
      pngChunk('IDAT', deflateSync(new Uint8Array(2 * (1 + 3)))),
      pngChunk('fcTL', Uint8Array.of(0, 0, 0, 1, ...new Uint8Array(22))),
      pngChunk('fdAT', concat(Uint8Array.of(0, 0, 0, 2), deflateSync(new Uint8Array(2 * (1 + 3)).fill(1)))),
      iend,
    );
    const { bytes, removed } = stripPng(original);

    expect(bytes).toEqual(original);
    expect(removed.size).toBe(0);
  });

  it('given a PNG whose first chunk is not the header, it should throw CorruptImage', () => {
    expect(() => stripPng(concat(signature, idat, ihdr, iend))).toThrow(expect.objectContaining({ name: 'CorruptImage', message: 'the header chunk is missing' }));
  });

  it('given a truncated PNG, it should throw CorruptImage', () => {
    const bytes = concat(signature, ihdr, idat, iend).subarray(0, 50);
    expect(() => stripPng(bytes)).toThrow(expect.objectContaining({ name: 'CorruptImage' }));
  });
});
