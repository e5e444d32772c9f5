import { describe, expect, it } from 'vitest';
import { stripImage } from '../../src/prepare/strip-image.js';
import { riff, syntheticJpeg, webpChunk } from './image-fixtures.js';

describe('stripImage', () => {
  it('given a WebP whose image chunk is cut short, it should throw CorruptImage, never an "unsupported" error', () => {
    // A 1-byte VP8L chunk: the size fields the stripper reads are missing.
    expect(() => stripImage('webp', riff(webpChunk('VP8L', Uint8Array.of(0x2f))))).toThrow(
      expect.objectContaining({ name: 'CorruptImage', cause: expect.objectContaining({ name: 'RangeError' }) }),
    );
  });

  it('should count bytes left out under no named kind as removed, so the stripped file is the one uploaded', () => {
    // A restart marker outside the image data: skipped, and reported as nothing in particular.
    const original = syntheticJpeg({ metadata: [Uint8Array.of(0xff, 0xd0)], trailer: new Uint8Array(0) });
    const { bytes, removed } = stripImage('jpeg', original);
    expect(bytes.length).toBe(original.length - 2);
    expect([...removed]).toEqual(['other']);
  });

  it('given an image without metadata, it should report nothing removed', () => {
    const original = syntheticJpeg({ metadata: [], trailer: new Uint8Array(0) });
    expect(stripImage('jpeg', original)).toMatchObject({ bytes: original, removed: new Set() });
  });
});
