import type { RemovedMetadata } from './prepare-options.js';
import { readExif } from './read-exif.js';
import { concatBytes, CorruptImage, startsWithText, type StrippedImage } from './stripped-image.js';

const SOS = 0xda;
const EOI = 0xd9;
const DNL = 0xdc;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
/** Start-of-frame markers (C4 DHT, C8 JPG and CC DAC are not frames). */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Frames of the hierarchical process (C5–C7, CD–CF differential): no browser's decoder takes them, nor DHP and EXP. */
const isDifferentialFrame = (marker: number) => (marker & 0xf7) >= 0xc5 && (marker & 0xf7) <= 0xc7;
/** Segments that code the image — frames, tables (C4 DHT, CC DAC, DB DQT, DD DRI), scans — and are kept. */
const isImageSegment = (marker: number) => ((isFrame(marker) && !isDifferentialFrame(marker)) || marker === 0xc4 || marker === 0xcc || marker >= SOS) && marker <= 0xdd;

/**
 * A kept segment rebuilt from the first `fields` bytes of its payload, zero-filled to `size` bytes: nothing the
 * original carried after its fixed fields survives. Too short to hold them, it is dropped as damaged.
 */
function rebuilt(bytes: Uint8Array, at: number, end: number, fields: number, size = fields): Uint8Array | Set<RemovedMetadata> {
  if (end - at - 4 < fields) return new Set(['other']);
  const segment = new Uint8Array(size + 4);
  segment.set(bytes.subarray(at, at + 4 + fields));
  segment[2] = 0;
  segment[3] = size + 2;
  return segment;
}

/**
 * What an application segment is, when it is dropped; else the bytes kept of it: JFIF (pixel density, without its
 * thumbnail) and Adobe APP14 (how to convert the colours) cut to their fixed fields, ICC_PROFILE whole (colours would
 * shift without it). Everything else that an APPn can carry identifies the camera, the person or the place, or is
 * an extra image (MPF, thumbnails).
 */
function dropped(marker: number, bytes: Uint8Array, at: number, end: number): Set<RemovedMetadata> | Uint8Array {
  const payload = at + 4;
  if (marker === COM) return new Set(['comment']);
  // "JFIF\0", version, units, x and y density (12 bytes), then a 0×0 thumbnail.
  if (marker === APP0 && startsWithText(bytes, payload, 'JFIF\0')) return rebuilt(bytes, at, end, 12, 14);
  if (marker === APP2 && startsWithText(bytes, payload, 'ICC_PROFILE\0')) return bytes.subarray(at, end);
  // "Adobe", version, two flag words, colour transform.
  if (marker === APP14 && startsWithText(bytes, payload, 'Adobe')) return rebuilt(bytes, at, end, 12);
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
  let seenExif = false;
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
    // Markers without a length (TEM, a restart outside a scan) carry nothing: skipped. Reading a length after them
    // would swallow the next segment whole, and with it any EXIF it holds.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
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
    // Browsers turn the photo by the first EXIF block only, and only one before the image data.
    if (exif && !seenExif && !scanning) orientation = exif.orientation;
    seenExif ||= !!exif;
    let keep: Set<RemovedMetadata> | Uint8Array;
    if (exif) keep = exif.found;
    else if ((marker >= APP0 && marker <= 0xef) || marker === COM) keep = dropped(marker, bytes, at, end);
    // A DNL holds a 2-byte height; anything longer is carrying something else.
    else if (marker === DNL && end - at !== 6) keep = new Set(['other']);
    else if (isImageSegment(marker)) keep = bytes.subarray(at, end);
    // JPEG extensions and reserved markers (FF00 outside a scan, a second SOI): no browser decodes such a file.
    else throw new CorruptImage(`unsupported marker FF${marker.toString(16).toUpperCase().padStart(2, '0')} at byte ${at}`);
    if (keep instanceof Uint8Array) {
      kept.push(keep);
      // A segment cut to its fixed fields lost whatever followed them.
      if (keep.length < end - at) removed.add('other');
    } else for (const kind of keep) removed.add(kind);
    at = end;
    if (marker === SOS) scanning = true;
  }
  if (width === 0 || height === 0) throw new CorruptImage('the image has no size');
  if (at + 2 < bytes.length) removed.add('other');
  return { bytes: concatBytes(kept), removed, orientation, width, height };
}
