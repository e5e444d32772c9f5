/** An EXIF value: ASCII as a string, SHORT/LONG as integers, RATIONAL as quotients, UNDEFINED as bytes. */
export type ExifValue = string | number[];

/** What a JPEG's EXIF says, read by {@link readJpegExif}. */
export interface JpegExif {
  /** IFD0 tags (make, model, orientation, …) by tag number. */
  ifd0: ReadonlyMap<number, ExifValue>;
  /** Exif sub-IFD tags (date taken, maker note, serial, …) by tag number. */
  exif: ReadonlyMap<number, ExifValue>;
  /** GPS sub-IFD tags by tag number; empty when the photo has no location. */
  gps: ReadonlyMap<number, ExifValue>;
  /** The orientation tag (1–8), when present. */
  orientation?: number;
  /** The GPS position in signed decimal degrees, when latitude and longitude are present. */
  position?: { latitude: number; longitude: number };
}

const SOS = 0xda;
const EOI = 0xd9;
const typeSize: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

/**
 * Reads the EXIF of a JPEG (its `APP1 Exif` segment) with a parser of this package's own, so a test can check
 * what a file carries without trusting the code under test. Returns `undefined` when the JPEG has no EXIF
 * (the state a prepared photo must be in); throws when the bytes are not a JPEG or its segments are cut short.
 *
 * @example
 * const exif = readJpegExif(new Uint8Array(await stored.arrayBuffer()));
 * expect(exif?.position).toBeUndefined();
 */
export function readJpegExif(bytes: Uint8Array): JpegExif | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error(`readJpegExif: not a JPEG (starts with ${hex(bytes.subarray(0, 4))}).`);
  for (let at = 2; at + 4 <= bytes.length; ) {
    if (bytes[at] !== 0xff) throw new Error(`readJpegExif: no marker at byte ${at}: the segments are damaged.`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === SOS || marker === EOI) return undefined;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (at + 2 + length > bytes.length) throw new Error(`readJpegExif: segment 0x${marker.toString(16)} at byte ${at} runs past the end of the file.`);
    const payload = bytes.subarray(at + 4, at + 2 + length);
    if (marker === 0xe1 && String.fromCharCode(...payload.subarray(0, 6)) === 'Exif\0\0') return readTiff(payload.subarray(6));
    at += 2 + length;
  }
  return undefined;
}

function readTiff(tiff: Uint8Array): JpegExif {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = String.fromCharCode(tiff[0] ?? 0, tiff[1] ?? 0);
  if (order !== 'II' && order !== 'MM') throw new Error(`readJpegExif: the EXIF block has no TIFF byte order ("${order}").`);
  const little = order === 'II';
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const readIfd = (offset: number): Map<number, ExifValue> => {
    const tags = new Map<number, ExifValue>();
    if (!offset) return tags;
    const count = u16(offset);
    for (let index = 0; index < count; index++) {
      const entry = offset + 2 + index * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      const size = n * (typeSize[type] ?? 1);
      const at = size <= 4 ? entry + 8 : u32(entry + 8);
      if (at + size > tiff.length) throw new Error(`readJpegExif: tag 0x${tag.toString(16)} points past the end of the EXIF block.`);
      tags.set(tag, valueOf(type, n, at));
    }
    return tags;
  };
  const valueOf = (type: number, n: number, at: number): ExifValue => {
    const items = Array.from({ length: n }, (_, i) => i);
    switch (type) {
      case 2:
        return String.fromCharCode(...tiff.subarray(at, at + n)).replace(/\0+$/, '');
      case 3:
        return items.map((i) => u16(at + i * 2));
      case 4:
        return items.map((i) => u32(at + i * 4));
      case 9:
        return items.map((i) => view.getInt32(at + i * 4, little));
      case 5:
        return items.map((i) => u32(at + i * 8) / u32(at + i * 8 + 4));
      case 10:
        return items.map((i) => view.getInt32(at + i * 8, little) / view.getInt32(at + i * 8 + 4, little));
      default:
        return [...tiff.subarray(at, at + n)];
    }
  };
  const ifd0 = readIfd(u32(4));
  const pointer = (tag: number) => (ifd0.get(tag) as number[] | undefined)?.[0] ?? 0;
  const exif = readIfd(pointer(0x8769));
  const gps = readIfd(pointer(0x8825));
  const orientation = (ifd0.get(0x0112) as number[] | undefined)?.[0];
  const degrees = (tag: number, negative: string) => {
    const [d = 0, m = 0, s = 0] = (gps.get(tag) as number[] | undefined) ?? [];
    return (gps.get(tag - 1) === negative ? -1 : 1) * (d + m / 60 + s / 3600);
  };
  return {
    ifd0,
    exif,
    gps,
    ...(orientation !== undefined && { orientation }),
    ...(gps.has(0x0002) && gps.has(0x0004) && { position: { latitude: degrees(0x0002, 'S'), longitude: degrees(0x0004, 'W') } }),
  };
}

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
