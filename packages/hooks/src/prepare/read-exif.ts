import type { RemovedMetadata } from './prepare-options.js';

/** What an EXIF (TIFF) block says about the photo: the orientation to apply and which kinds of data it holds. */
export interface ExifSummary {
  /** EXIF orientation 1–8 (1 = upright, 6 = rotate 90° clockwise to display). */
  orientation: number;
  /** Kinds of identifying data present. */
  found: Set<RemovedMetadata>;
}

const IFD_POINTERS = new Set([0x8769, 0x8825, 0xa005]); // Exif IFD, GPS IFD, Interoperability IFD
const ORIENTATION = 0x0112;
const CAMERA = new Set([0x010f, 0x0110, 0x0131, 0x013b, 0x927c, 0xa420, 0xa430, 0xa431, 0xa432, 0xa433, 0xa434, 0xa435]);
const DATE = new Set([0x0132, 0x9003, 0x9004, 0x9010, 0x9011, 0x9012, 0x9290, 0x9291, 0x9292]);
const GPS_VERSION = 0x0000;

/**
 * Walks IFD0, the Exif IFD and the GPS IFD just far enough to know what they hold. Never throws: a damaged
 * block still counts as removed metadata ("other"), it just cannot say more.
 */
export function readExif(tiff: Uint8Array): ExifSummary {
  const found = new Set<RemovedMetadata>();
  let orientation = 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const seen = new Set<number>();
  const walk = (offset: number, inGps: boolean): void => {
    if (seen.has(offset) || offset < 8 || offset + 2 > tiff.length) return;
    seen.add(offset);
    const count = u16(offset);
    for (let index = 0; index < count; index += 1) {
      const entry = offset + 2 + index * 12;
      if (entry + 12 > tiff.length) return;
      const tag = u16(entry);
      if (inGps) {
        if (tag !== GPS_VERSION) found.add('location');
      } else if (tag === 0x8825) walk(u32(entry + 8), true);
      else if (IFD_POINTERS.has(tag)) walk(u32(entry + 8), false);
      else if (tag === ORIENTATION) orientation = u16(entry + 8);
      else found.add(CAMERA.has(tag) ? 'camera' : DATE.has(tag) ? 'date-taken' : 'other');
    }
  };
  try {
    if ((little ? 'II' : 'MM') === String.fromCharCode(tiff[0]!, tiff[1]!) && u16(2) === 42) walk(u32(4), false);
  } catch {
    // A pointer past the end: what was read so far stands.
  }
  if (orientation < 1 || orientation > 8) orientation = 1;
  if (orientation !== 1) found.add('orientation');
  if (found.size === 0) found.add('other');
  return { orientation, found };
}
