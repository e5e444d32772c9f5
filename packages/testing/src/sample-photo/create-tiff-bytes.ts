/** One TIFF (EXIF) entry: tag, type (2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL as numerator/denominator pairs, 7 UNDEFINED) and value. */
export interface TiffEntry {
  tag: number;
  type: 2 | 3 | 4 | 5 | 7;
  value: string | number[];
}

/** The IFDs of a TIFF block: IFD0, and the Exif and GPS sub-IFDs it points to. */
export interface TiffOptions {
  /** Little-endian ("II") instead of big-endian ("MM"), as some cameras write. Default `false`. */
  little?: boolean;
  ifd0: TiffEntry[];
  exif?: TiffEntry[];
  gps?: TiffEntry[];
}

const typeSize = { 2: 1, 3: 2, 4: 4, 5: 8, 7: 1 } as const;
const EXIF_POINTER = 0x8769;
const GPS_POINTER = 0x8825;

/**
 * A TIFF block (what EXIF is, inside a JPEG's APP1 after `Exif\0\0`) with IFD0 and optional Exif and GPS
 * sub-IFDs, written byte by byte so tests never rely on the code they check. Entries are sorted by tag.
 *
 * @example
 * const tiff = createTiffBytes({ ifd0: [{ tag: 0x0112, type: 3, value: [6] }] });
 */
export function createTiffBytes({ little = false, ifd0, exif, gps }: TiffOptions): Uint8Array<ArrayBuffer> {
  const ifds: TiffEntry[][] = [[...ifd0]];
  if (exif) ifds[0]!.push({ tag: EXIF_POINTER, type: 4, value: [0] });
  if (gps) ifds[0]!.push({ tag: GPS_POINTER, type: 4, value: [0] });
  if (exif) ifds.push([...exif]);
  if (gps) ifds.push([...gps]);
  for (const ifd of ifds) ifd.sort((a, b) => a.tag - b.tag);
  const ifdBytes = ifds.map((ifd) => 2 + ifd.length * 12 + 4);
  const ifdOffsets = ifdBytes.map((_, index) => 8 + ifdBytes.slice(0, index).reduce((a, b) => a + b, 0));
  let dataAt = 8 + ifdBytes.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(dataAt + 4096);
  const view = new DataView(out.buffer);
  out.set(little ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]);
  view.setUint32(4, 8, little);
  const pointer: Record<number, number | undefined> = { [EXIF_POINTER]: ifdOffsets[1], [GPS_POINTER]: ifdOffsets[exif ? 2 : 1] };
  ifds.forEach((ifd, index) => {
    let at = ifdOffsets[index]!;
    view.setUint16(at, ifd.length, little);
    at += 2;
    for (const { tag, type, value } of ifd) {
      const count = typeof value === 'string' ? value.length + 1 : type === 5 ? value.length / 2 : value.length;
      view.setUint16(at, tag, little);
      view.setUint16(at + 2, type, little);
      view.setUint32(at + 4, count, little);
      const size = count * typeSize[type];
      const target = size <= 4 ? at + 8 : dataAt;
      if (size > 4) {
        view.setUint32(at + 8, dataAt, little);
        dataAt += size + (size & 1);
      }
      if (typeof value === 'string') out.set([...value].map((c) => c.charCodeAt(0)), target);
      else if (index === 0 && (tag === EXIF_POINTER || tag === GPS_POINTER)) view.setUint32(target, pointer[tag]!, little);
      else
        value.forEach((number, i) => {
          if (type === 3) view.setUint16(target + i * 2, number, little);
          else if (type === 7) out[target + i] = number;
          else view.setUint32(target + i * 4, number, little);
        });
      at += 12;
    }
    view.setUint32(at, 0, little);
  });
  return out.slice(0, dataAt);
}
