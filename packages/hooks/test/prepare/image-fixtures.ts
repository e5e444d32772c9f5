// Builds image files byte by byte for the preparation tests, and reads them back with parsers of their own
// (never the implementation's), so that "no metadata left" is checked by parsing, not by trusting a flag.

type TiffValue = { tag: number; type: 2 | 3 | 4 | 5 | 7; value: string | number[] };

const typeSize = { 2: 1, 3: 2, 4: 4, 5: 8, 7: 1 } as const;

/** A TIFF block (what EXIF is) with IFD0 and optional Exif and GPS sub-IFDs. */
export function buildTiff({ little = false, ifd0, exif, gps }: { little?: boolean; ifd0: TiffValue[]; exif?: TiffValue[]; gps?: TiffValue[] }): Uint8Array {
  const ifds: TiffValue[][] = [[...ifd0]];
  if (exif) ifds[0]!.push({ tag: 0x8769, type: 4, value: [0] });
  if (gps) ifds[0]!.push({ tag: 0x8825, type: 4, value: [0] });
  if (exif) ifds.push(exif);
  if (gps) ifds.push(gps);
  for (const ifd of ifds) ifd.sort((a, b) => a.tag - b.tag);
  const ifdBytes = ifds.map((ifd) => 2 + ifd.length * 12 + 4);
  const ifdOffsets = ifdBytes.map((_, index) => 8 + ifdBytes.slice(0, index).reduce((a, b) => a + b, 0));
  let dataAt = 8 + ifdBytes.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(dataAt + 4096);
  const view = new DataView(out.buffer);
  out.set(little ? [0x49, 0x49, 42, 0] : [0x4d, 0x4d, 0, 42]);
  view.setUint32(4, 8, little);
  const pointer = { [0x8769]: ifdOffsets[1], [0x8825]: ifdOffsets[exif ? 2 : 1] } as Record<number, number | undefined>;
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
      else if (tag in pointer && index === 0 && (tag === 0x8769 || tag === 0x8825)) view.setUint32(target, pointer[tag]!, little);
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

/** EXIF of a phone photo: make, model, serial, dates, maker note, GPS position, and the given orientation. */
export function phoneExif({ orientation = 1, little = false } = {}): Uint8Array {
  return buildTiff({
    little,
    ifd0: [
      { tag: 0x010f, type: 2, value: 'TestCam' },
      { tag: 0x0110, type: 2, value: 'Phone X Pro' },
      { tag: 0x0112, type: 3, value: [orientation] },
      { tag: 0x0132, type: 2, value: '2024:05:01 10:20:30' },
    ],
    exif: [
      { tag: 0x9003, type: 2, value: '2024:05:01 10:20:30' },
      { tag: 0x927c, type: 7, value: [...'MAKERNOTE-SECRET'].map((c) => c.charCodeAt(0)) },
      { tag: 0xa431, type: 2, value: 'SERIAL-12345' },
    ],
    gps: [
      { tag: 0x0000, type: 7, value: [2, 3, 0, 0] },
      { tag: 0x0001, type: 2, value: 'N' },
      { tag: 0x0002, type: 5, value: [48, 1, 8, 1, 3000, 100] },
      { tag: 0x0003, type: 2, value: 'E' },
      { tag: 0x0004, type: 5, value: [11, 1, 34, 1, 1200, 100] },
    ],
  });
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One JPEG marker segment (0xFF, marker, 16-bit length, payload). */
export function segment(marker: number, ...payload: Array<Uint8Array | string>): Uint8Array {
  const body = concat(...payload.map((part) => (typeof part === 'string' ? ascii(part) : part)));
  return concat(Uint8Array.of(0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff), body);
}

/** Every kind of metadata segment a phone or an editor writes into a JPEG. */
export function metadataSegments({ orientation = 1, little = false } = {}): Uint8Array[] {
  return [
    segment(0xe1, 'Exif\0\0', phoneExif({ orientation, little })),
    segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0', '<x:xmpmeta><rdf:Description exif:GPSLatitude="48,8.5N"/></x:xmpmeta>'),
    segment(0xed, 'Photoshop 3.0\0', '8BIM\x04\x04\0\0\0\0\0\x10', '\x1c\x02\x50\0\x08Jane Doe'),
    segment(0xe2, 'MPF\0', 'II*\0'),
    segment(0xeb, 'JP', 'c2pa manifest'),
    segment(0xfe, 'shot at 12 Baker Street'),
  ];
}

/**
 * A structurally complete JPEG whose image data is arbitrary (never decoded): the stripper must keep it byte
 * for byte. The scan contains stuffed 0xFF00 bytes and restart markers, and a second scan follows (as in
 * progressive files), then an end marker and a trailer (as motion photos append a video).
 */
export function syntheticJpeg({ width = 40, height = 30, metadata = metadataSegments(), trailer = ascii('MOTION-PHOTO-VIDEO') } = {}): Uint8Array<ArrayBuffer> {
  const scan = Uint8Array.of(0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0x00, 0x78, 0xff, 0xd7, 0x9a);
  return concat(
    Uint8Array.of(0xff, 0xd8),
    segment(0xe0, 'JFIF\0', Uint8Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0)),
    ...metadata,
    segment(0xe2, 'ICC_PROFILE\0', Uint8Array.of(1, 1), 'fake-profile'),
    segment(0xdb, Uint8Array.of(0), new Uint8Array(64).fill(1)),
    segment(0xc2, Uint8Array.of(8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0)),
    segment(0xc4, Uint8Array.of(0), new Uint8Array(16)),
    segment(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0)),
    scan,
    segment(0xc4, Uint8Array.of(0x10), new Uint8Array(16)),
    segment(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0)),
    scan,
    Uint8Array.of(0xff, 0xd9),
    trailer,
  );
}

/** A JPEG's segments as this test reads them, plus the bytes from the first SOS to the end-of-image marker. */
export function readJpeg(bytes: Uint8Array) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  const segments: Array<{ marker: number; payload: Uint8Array }> = [];
  let at = 2;
  while (bytes[at + 1] !== 0xda) {
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    segments.push({ marker: bytes[at + 1]!, payload: bytes.subarray(at + 4, at + 2 + length) });
    at += 2 + length;
  }
  let end = at;
  while (!(bytes[end] === 0xff && bytes[end + 1] === 0xd9)) end += 1;
  const frame = segments.find((s) => s.marker >= 0xc0 && s.marker <= 0xc2);
  const size = frame && { height: (frame.payload[1]! << 8) | frame.payload[2]!, width: (frame.payload[3]! << 8) | frame.payload[4]! };
  return { segments, imageData: bytes.subarray(at, end + 2), after: bytes.subarray(end + 2), ...size };
}

const leadingText = (payload: Uint8Array) => String.fromCharCode(...payload.subarray(0, 12));

/** Application segments and comments left in a JPEG, named: `['APP1 Exif', 'COM', …]` (JFIF, ICC and Adobe allowed). */
export function jpegMetadataLeft(bytes: Uint8Array): string[] {
  return readJpeg(bytes)
    .segments.filter(({ marker }) => (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe)
    .map(({ marker, payload }) => `${marker === 0xfe ? 'COM' : `APP${marker - 0xe0}`} ${leadingText(payload).replace(/\0.*/s, '')}`)
    .filter((name) => !/^(APP0 JFIF|APP2 ICC_PROFILE|APP14 Adobe)$/.test(name));
}

/** Whether identifying strings from the fixtures survive anywhere in the bytes (whatever container hides them). */
export function identifyingStrings(bytes: Uint8Array): string[] {
  const haystack = new TextDecoder('latin1').decode(bytes);
  return ['Exif\0', 'TestCam', 'SERIAL-12345', 'MAKERNOTE', '2024:05:01', 'xmpmeta', 'Jane Doe', 'Baker Street', 'GPS'].filter((needle) => haystack.includes(needle));
}

/** One PNG chunk with its CRC. */
export function pngChunk(type: string, data: Uint8Array | string): Uint8Array {
  const body = concat(ascii(type), typeof data === 'string' ? ascii(data) : data);
  let crc = ~0;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length - 4);
  out.set(body, 4);
  view.setUint32(out.length - 4, ~crc >>> 0);
  return out;
}

/** A PNG's chunk types in order, read by this test. */
export function pngChunkTypes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  for (let at = 8; at < bytes.length; at += 12 + view.getUint32(at)) types.push(String.fromCharCode(...bytes.subarray(at + 4, at + 8)));
  return types;
}

/** A WebP's chunk types in order and its RIFF size field, read by this test. */
export function readWebp(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    chunks.push({ type: String.fromCharCode(...bytes.subarray(at, at + 4)), data: bytes.subarray(at + 8, at + 8 + size) });
    at += 8 + size + (size & 1);
  }
  return { riffSize: view.getUint32(4, true), chunks };
}

export function webpChunk(type: string, data: Uint8Array | string): Uint8Array {
  const body = typeof data === 'string' ? ascii(data) : data;
  const header = concat(ascii(type), new Uint8Array(4));
  new DataView(header.buffer).setUint32(4, body.length, true);
  return concat(header, body, body.length & 1 ? new Uint8Array(1) : new Uint8Array(0));
}

export function riff(...chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const body = concat(ascii('WEBP'), ...chunks);
  const header = concat(ascii('RIFF'), new Uint8Array(4));
  new DataView(header.buffer).setUint32(4, body.length, true);
  return concat(header, body);
}

export { ascii };
