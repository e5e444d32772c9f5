import type { RemovedMetadata } from './prepare-options.js';
import { readExif } from './read-exif.js';
import { concatBytes, CorruptImage, startsWithText, type StrippedImage } from './stripped-image.js';

const SOS = 0xda;
const EOI = 0xd9;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
/** Start-of-frame markers (C4 DHT, C8 JPG and CC DAC are not frames). */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * What an application segment is, when it is dropped. Kept (returns undefined): JFIF (pixel density), ICC_PROFILE
 * (colours would shift without it) and Adobe APP14 (says how to convert the colours). Everything else that an
 * APPn can carry identifies the camera, the person or the place, or is an extra image (MPF, thumbnails).
 */
function dropped(marker: number, bytes: Uint8Array, payload: number): Set<RemovedMetadata> | undefined {
  if (marker === COM) return new Set(['comment']);
  if (marker === APP0 && startsWithText(bytes, payload, 'JFIF\0')) return undefined;
  if (marker === APP2 && startsWithText(bytes, payload, 'ICC_PROFILE\0')) return undefined;
  if (marker === APP14 && startsWithText(bytes, payload, 'Adobe')) return undefined;
  if (marker === 0xe1 && startsWithText(bytes, payload, 'http://ns.adobe.com/')) return new Set(['xmp']);
  if (marker === 0xed) return new Set(['iptc']);
  return new Set(['other']);
}

/**
 * Removes EXIF, XMP, IPTC, comments and other application segments from a JPEG without touching the
 * entropy-coded image data (no re-encode, no quality loss). Data after the end-of-image marker (motion-photo
 * videos, depth maps, maker trailers) is dropped too.
 */
export function stripJpeg(bytes: Uint8Array): StrippedImage {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed = new Set<RemovedMetadata>();
  let orientation = 1;
  let width = 0;
  let height = 0;
  let at = 2;
  let scanning = false;
  for (;;) {
    if (scanning) {
      // Entropy-coded data: 0xFF is followed by 00 (stuffing), D0–D7 (restart) or FF (fill) inside it.
      const start = at;
      for (;;) {
        at = bytes.indexOf(0xff, at);
        if (at < 0 || at + 1 >= bytes.length) throw new CorruptImage('the image data ends without an end marker');
        const next = bytes[at + 1]!;
        if (next === 0 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) at += next === 0xff ? 1 : 2;
        else break;
      }
      kept.push(bytes.subarray(start, at));
    }
    if (bytes[at] !== 0xff) throw new CorruptImage(`no marker at byte ${at}`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === EOI) {
      if (!scanning) throw new CorruptImage('the file ends before any image data');
      kept.push(bytes.subarray(at, at + 2));
      break;
    }
    if (at + 4 > bytes.length) throw new CorruptImage('the file is truncated');
    const end = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
    if (end > bytes.length) throw new CorruptImage('a segment runs past the end of the file');
    const payload = at + 4;
    if (isFrame(marker)) {
      height = (bytes[payload + 1]! << 8) | bytes[payload + 2]!;
      width = (bytes[payload + 3]! << 8) | bytes[payload + 4]!;
    }
    const exif = marker === 0xe1 && startsWithText(bytes, payload, 'Exif\0') ? readExif(bytes.subarray(payload + 6, end)) : undefined;
    if (exif && orientation === 1) orientation = exif.orientation;
    const drop = exif?.found ?? ((marker >= APP0 && marker <= 0xef) || marker === COM ? dropped(marker, bytes, payload) : undefined);
    if (drop) for (const kind of drop) removed.add(kind);
    else kept.push(bytes.subarray(at, end));
    at = end;
    if (marker === SOS) scanning = true;
  }
  if (width === 0 || height === 0) throw new CorruptImage('the image has no size');
  if (at + 2 < bytes.length) removed.add('other');
  return { bytes: concatBytes(kept), removed, orientation, width, height };
}
