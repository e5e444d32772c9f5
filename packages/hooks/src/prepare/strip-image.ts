import type { ImageFormat } from './sniff-format.js';
import { stripJpeg } from './strip-jpeg.js';
import { stripPng } from './strip-png.js';
import { stripWebp } from './strip-webp.js';
import { CorruptImage, type StrippedImage } from './stripped-image.js';

const strippers = { jpeg: stripJpeg, png: stripPng, webp: stripWebp };

/**
 * Strips a JPEG, PNG or WebP. Any failure of the parser (a chunk cut short, a field out of range) is a damaged file,
 * never "unsupported": the person must not be pointed at uploading the original. And anything it left out counts as
 * removed, so that the stripped bytes, not the original, are uploaded even when no kind of metadata was named.
 */
export function stripImage(format: Exclude<ImageFormat, 'heic'>, original: Uint8Array): StrippedImage {
  let stripped: StrippedImage;
  try {
    stripped = strippers[format](original);
  } catch (error) {
    throw error instanceof CorruptImage ? error : new CorruptImage('the file’s structure is broken', { cause: error });
  }
  if (stripped.removed.size === 0 && stripped.bytes.length !== original.length) stripped.removed.add('other');
  return stripped;
}
