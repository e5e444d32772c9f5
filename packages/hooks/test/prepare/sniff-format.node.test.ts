import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/prepare/sniff-format.js';
import { ascii, concat } from './image-fixtures.js';

const ftyp = (...brands: string[]) => {
  const box = concat(new Uint8Array(4), ascii('ftyp'), ascii(brands[0]!), new Uint8Array(4), ...brands.slice(1).map(ascii));
  new DataView(box.buffer).setUint32(0, box.length);
  return box;
};

describe('sniffFormat', () => {
  it.each([
    ['jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0)],
    ['png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['webp', ascii('RIFF\0\0\0\0WEBPVP8 ')],
    ['pdf', ascii('%PDF-1.7\n')],
    ['heic', ftyp('heic', 'mif1', 'heic')],
    ['heic', ftyp('mif1', 'mif1', 'heic')],
    ['heic', ftyp('heix')],
    ['heic', ftyp('msf1', 'hevc')],
    ['heic', ftyp('hevm')],
    ['heic', ftyp('hevs')],
    ['heic', ftyp('hevx')],
    // Images (and videos) that can carry a location but that preparation cannot rewrite.
    ['other-image', ftyp('avif', 'mif1', 'miaf')],
    ['other-image', ftyp('mif1', 'avif', 'mif1')],
    ['other-image', ftyp('isom', 'mp41')],
    ['other-image', ascii('GIF89a')],
    ['other-image', ascii('II*\0\x08\0\0\0')],
    ['other-image', ascii('MM\0*\0\0\0\x08')],
    ['other-image', Uint8Array.of(0xff, 0x0a, 0xfa)],
    ['other-image', ascii('\0\0\0\x0cJXL \r\n\x87\n')],
    ['other', ascii('hello')],
    ['other', new Uint8Array(0)],
  ])('should say %s', (format, head) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it('should recognise the committed HEIC fixture', () => {
    const head = readFileSync(new URL('./fixtures/quadrants.heic', import.meta.url)).subarray(0, 64);
    expect(sniffFormat(head)).toBe('heic');
  });
});
