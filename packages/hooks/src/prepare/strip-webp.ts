import type { RemovedMetadata } from './prepare-options.js';
import { readExif } from './read-exif.js';
import { concatBytes, CorruptImage, startsWithText, type StrippedImage } from './stripped-image.js';

/** Chunks that make up the image; EXIF, XMP and anything unknown are dropped. */
const KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
/** What an animation frame may hold after its 16-byte header: the frame's image and alpha. */
const FRAME_KEEP = new Set(['VP8 ', 'VP8L', 'ALPH']);
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

const typeAt = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** An animation frame (ANMF, from `at` to `end`) without any chunk nested in it that is not its image. */
function cleanFrame(bytes: Uint8Array, at: number, end: number, removed: Set<RemovedMetadata>): Uint8Array {
  const parts: Uint8Array[] = [bytes.slice(at, at + 24)];
  for (let sub = at + 24; sub + 8 <= end; ) {
    const size = new DataView(bytes.buffer, bytes.byteOffset + sub + 4, 4).getUint32(0, true);
    const next = Math.min(end, sub + 8 + size + (size & 1));
    const type = typeAt(bytes, sub);
    if (FRAME_KEEP.has(type)) parts.push(bytes.subarray(sub, next));
    else removed.add(type === 'XMP ' ? 'xmp' : 'other');
    sub = next;
  }
  const frame = concatBytes(parts);
  new DataView(frame.buffer).setUint32(4, frame.length - 8, true);
  return frame;
}

/** Removes the EXIF and XMP chunks of a WebP, clears their VP8X flags and fixes the RIFF size. */
export function stripWebp(bytes: Uint8Array): StrippedImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  const removed = new Set<RemovedMetadata>();
  let width = 0;
  let height = 0;
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  let at = 12;
  while (at + 8 <= riffEnd) {
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size & 1);
    if (at + 8 + size > riffEnd) throw new CorruptImage('a chunk runs past the end of the file');
    const type = typeAt(bytes, at);
    const data = at + 8;
    if (type === 'VP8X') {
      width = 1 + (bytes[data + 4]! | (bytes[data + 5]! << 8) | (bytes[data + 6]! << 16));
      height = 1 + (bytes[data + 7]! | (bytes[data + 8]! << 8) | (bytes[data + 9]! << 16));
    } else if (type === 'VP8 ' && width === 0) {
      width = view.getUint16(data + 6, true) & 0x3fff;
      height = view.getUint16(data + 8, true) & 0x3fff;
    } else if (type === 'VP8L' && width === 0) {
      const bits = view.getUint32(data + 1, true);
      width = 1 + (bits & 0x3fff);
      height = 1 + ((bits >> 14) & 0x3fff);
    }
    // VP8X is copied because its flags change, a frame is rebuilt; the rest are views of the original.
    if (type === 'ANMF') kept.push(cleanFrame(bytes, at, Math.min(end, riffEnd), removed));
    else if (KEEP.has(type)) kept.push((type === 'VP8X' ? bytes.slice : bytes.subarray).call(bytes, at, Math.min(end, riffEnd)));
    else if (type === 'EXIF') {
      const tiff = startsWithText(bytes, data, 'Exif\0\0') ? data + 6 : data;
      // Its orientation is dropped with it, not applied: Chromium shows a WebP as stored, whatever its EXIF says, so
      // there the photo the person saw is the photo uploaded.
      for (const kind of readExif(bytes.subarray(tiff, data + size)).found) removed.add(kind);
    } else removed.add(type === 'XMP ' ? 'xmp' : 'other');
    at = end;
  }
  if (width === 0 || height === 0) throw new CorruptImage('the image has no size');
  if (riffEnd < bytes.length) removed.add('other');
  const vp8x = kept.find((chunk) => startsWithText(chunk, 0, 'VP8X'));
  if (vp8x) vp8x[8] = vp8x[8]! & ~(EXIF_FLAG | XMP_FLAG);
  const body = concatBytes(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return { bytes: concatBytes([header, body]), removed, orientation: 1, width, height };
}
