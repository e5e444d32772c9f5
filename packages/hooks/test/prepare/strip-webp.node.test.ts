import { describe, expect, it } from 'vitest';
import { stripWebp } from '../../src/prepare/strip-webp.js';
import { ascii, concat, identifyingStrings, phoneExif, readWebp, riff, webpChunk } from './image-fixtures.js';

/** A VP8X header: flags, then canvas width − 1 and height − 1 as 24-bit little-endian numbers. */
const vp8x = (flags: number, width: number, height: number) =>
  webpChunk('VP8X', Uint8Array.of(flags, 0, 0, 0, (width - 1) & 0xff, (width - 1) >> 8, 0, (height - 1) & 0xff, (height - 1) >> 8, 0));
/** A lossy frame header (tag, start code, 14-bit sizes) followed by stand-in data. */
const vp8 = (width: number, height: number) => webpChunk('VP8 ', Uint8Array.of(0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, width & 0xff, width >> 8, height & 0xff, height >> 8, 1, 2, 3));
/** A lossless image chunk: signature 0x2f, then width − 1 and height − 1 in 14 bits each, then stand-in data. */
function vp8l(width: number, height: number): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  return webpChunk('VP8L', Uint8Array.of(0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24, 0));
}
/** An animation frame: a 16-byte header (position, size, duration, flags), then the chunks it holds. */
const animationFrame = (fill: number, ...inside: Uint8Array[]) => webpChunk('ANMF', concat(new Uint8Array(16).fill(fill), ...inside));

describe('stripWebp', () => {
  it('should drop the EXIF and XMP chunks, clear their VP8X flags and fix the RIFF size', () => {
    const frame = vp8(300, 200);
    const original = riff(vp8x(0x20 | 0x08 | 0x04, 300, 200), webpChunk('ICCP', 'profile'), frame, webpChunk('EXIF', phoneExif({ orientation: 3 })), webpChunk('XMP ', '<x:xmpmeta/>'));
    const { bytes, removed, orientation, width, height } = stripWebp(original);
    const parsed = readWebp(bytes);

    expect(parsed.chunks.map((chunk) => chunk.type)).toEqual(['VP8X', 'ICCP', 'VP8 ']);
    expect(parsed.chunks[0]!.data[0]).toBe(0x20);
    expect(parsed.riffSize).toBe(bytes.length - 8);
    expect(identifyingStrings(bytes)).toEqual([]);
    expect([...removed].toSorted()).toEqual(['camera', 'date-taken', 'location', 'orientation', 'xmp']);
    // Chromium shows a WebP as stored, whatever its EXIF orientation says: it is dropped, not applied.
    expect({ orientation, width, height }).toEqual({ orientation: 1, width: 300, height: 200 });
    expect(bytes.subarray(bytes.length - frame.length)).toEqual(frame);
  });

  it('should read an EXIF chunk written with the "Exif\\0\\0" prefix too', () => {
    const original = riff(vp8x(0x08, 10, 10), vp8(10, 10), webpChunk('EXIF', concat(ascii('Exif\0\0'), phoneExif({ orientation: 6, little: true }))));
    const { removed } = stripWebp(original);
    expect([...removed].toSorted()).toEqual(['camera', 'date-taken', 'location', 'orientation']);
  });

  it('should read the size of a simple lossy and a lossless WebP', () => {
    expect(stripWebp(riff(vp8(123, 45)))).toMatchObject({ width: 123, height: 45 });
    // VP8L: signature 0x2f, then width − 1 and height − 1 in 14 bits each.
    const bits = (99 - 1) | ((77 - 1) << 14);
    const lossless = webpChunk('VP8L', Uint8Array.of(0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24, 0));
    expect(stripWebp(riff(lossless))).toMatchObject({ width: 99, height: 77 });
  });

  it('should drop what an animation frame carries besides its image, and fix the frame and RIFF sizes', () => {
    const image = vp8(20, 10);
    const frameHeader = new Uint8Array(16).fill(7);
    const frame = (...inside: Uint8Array[]) => webpChunk('ANMF', concat(frameHeader, ...inside));
    const original = riff(vp8x(0x02 | 0x10, 20, 10), webpChunk('ANIM', new Uint8Array(6)), frame(webpChunk('ALPH', 'a'), image, webpChunk('XMP ', '<x:xmpmeta>Jane Doe</x:xmpmeta>'), webpChunk('EXIF', phoneExif())));
    const { bytes, removed } = stripWebp(original);
    const parsed = readWebp(bytes);

    expect(identifyingStrings(bytes)).toEqual([]);
    expect([...removed].toSorted()).toEqual(['other', 'xmp']);
    expect(parsed.riffSize).toBe(bytes.length - 8);
    expect(parsed.chunks.map((chunk) => chunk.type)).toEqual(['VP8X', 'ANIM', 'ANMF']);
    expect(parsed.chunks[2]!.data).toEqual(concat(frameHeader, webpChunk('ALPH', 'a'), image));
  });

  it('should keep the image chunk of a lossless WebP and the alpha chunk of a lossy one, byte for byte', () => {
    const lossless = riff(vp8l(99, 77));
    expect(stripWebp(lossless)).toMatchObject({ bytes: lossless, removed: new Set() });
    const withAlpha = riff(vp8x(0x10, 10, 10), webpChunk('ALPH', 'alpha'), vp8(10, 10));
    expect(stripWebp(withAlpha)).toMatchObject({ bytes: withAlpha, removed: new Set() });
  });

  it('given an animation of several frames, lossy and lossless, it should keep every frame with its size right', () => {
    const first = animationFrame(1, webpChunk('ALPH', 'a'), vp8(20, 10));
    const second = animationFrame(2, vp8l(20, 10));
    const original = riff(vp8x(0x02 | 0x10, 20, 10), webpChunk('ANIM', new Uint8Array(6)), first, second);
    const { bytes, removed } = stripWebp(original);

    expect(bytes).toEqual(original);
    expect(readWebp(bytes).chunks.map((chunk) => chunk.type)).toEqual(['VP8X', 'ANIM', 'ANMF', 'ANMF']);
    expect(removed.size).toBe(0);
  });

  it('should drop what follows the end of the RIFF container, and say so', () => {
    const image = riff(vp8(10, 10));
    const { bytes, removed } = stripWebp(concat(image, ascii('MOTION-PHOTO-VIDEO')));

    expect(bytes).toEqual(image);
    expect([...removed]).toEqual(['other']);
  });

  it('given a chunk that runs past the end, it should throw CorruptImage', () => {
    const original = riff(vp8x(0, 10, 10), vp8(10, 10));
    new DataView(original.buffer).setUint32(12 + 18 + 4, 9999, true);
    expect(() => stripWebp(original)).toThrow(expect.objectContaining({ name: 'CorruptImage' }));
  });
});
