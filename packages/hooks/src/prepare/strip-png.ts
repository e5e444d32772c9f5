import type { RemovedMetadata } from './prepare-options.js';
import { readExif } from './read-exif.js';
import { concatBytes, CorruptImage, startsWithText, type StrippedImage } from './stripped-image.js';

/** Chunks that make up or render the image; every other chunk (text, time, EXIF, C2PA, private) is dropped. */
const KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD', 'cICP', 'mDCV', 'cLLI', 'acTL', 'fcTL', 'fdAT']);

/** Removes eXIf, tEXt, zTXt, iTXt, tIME and any other non-image chunk from a PNG, keeping the image data as is. */
export function stripPng(bytes: Uint8Array): StrippedImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  const removed = new Set<RemovedMetadata>();
  let orientation = 1;
  let at = 8;
  let type = '';
  while (type !== 'IEND') {
    if (at + 12 > bytes.length) throw new CorruptImage('the file is truncated');
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) throw new CorruptImage('a chunk runs past the end of the file');
    type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (KEEP.has(type)) kept.push(bytes.subarray(at, end));
    else if (type === 'eXIf') {
      const exif = readExif(bytes.subarray(at + 8, end - 4));
      // Browsers ignore an orientation that comes after the image data.
      if (!kept.some((chunk) => startsWithText(chunk, 4, 'IDAT'))) orientation = exif.orientation;
      for (const kind of exif.found) removed.add(kind);
    } else if (type === 'tIME') removed.add('date-taken');
    else if (/^(tEXt|zTXt|iTXt)$/.test(type)) removed.add(startsWithText(bytes, at + 8, 'XML:com.adobe.xmp') ? 'xmp' : 'comment');
    else removed.add('other');
    at = end;
  }
  if (at < bytes.length) removed.add('other');
  if (!startsWithText(bytes, 12, 'IHDR')) throw new CorruptImage('the header chunk is missing');
  return { bytes: concatBytes(kept), removed, orientation, width: view.getUint32(16), height: view.getUint32(20) };
}
