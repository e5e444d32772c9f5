import type { RemovedMetadata } from './prepare-options.js';
import { readExif } from './read-exif.js';
import { startsWithText } from './stripped-image.js';

/**
 * Finds what identifying metadata a HEIC/HEIF file holds, for the report (conversion drops all of it anyway).
 * An Exif item is stored as a 4-byte offset to the TIFF header (0, or 6 after "Exif\0\0") followed by it; the
 * TIFF header is searched for with that prefix, which random image data practically never contains.
 */
export function scanHeifMetadata(bytes: Uint8Array): Set<RemovedMetadata> {
  const removed = new Set<RemovedMetadata>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.indexOf(0x2a, 16); at > 0; at = bytes.indexOf(0x2a, at + 1)) {
    const tiff = bytes[at - 1] === 0 ? at - 3 : at - 2;
    const header = startsWithText(bytes, tiff, 'MM\0*') || startsWithText(bytes, tiff, 'II*\0');
    const prefixed = view.getUint32(tiff - 4) === 0 || (startsWithText(bytes, tiff - 6, 'Exif\0\0') && view.getUint32(tiff - 10) === 6);
    if (header && prefixed) {
      for (const kind of readExif(bytes.subarray(tiff)).found) removed.add(kind);
      break;
    }
  }
  if (findText(bytes, '<x:xmpmeta')) removed.add('xmp');
  return removed;
}

function findText(bytes: Uint8Array, text: string): boolean {
  for (let at = bytes.indexOf(text.charCodeAt(0)); at >= 0; at = bytes.indexOf(text.charCodeAt(0), at + 1)) if (startsWithText(bytes, at, text)) return true;
  return false;
}
