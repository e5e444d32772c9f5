// Builds image files byte by byte for the preparation tests, and reads them back with parsers of their own
// (never the implementation's), so that "no metadata left" is checked by parsing, not by trusting a flag.

import { concatBytes } from '../../src/prepare/stripped-image.js';
import { createPhoneExif, createTiffBytes } from '@iddocs/testing';

/** A TIFF block (what EXIF is) with IFD0 and optional Exif and GPS sub-IFDs: the builder @iddocs/testing shares. */
export const buildTiff = createTiffBytes;

/** EXIF of a phone photo: make, model, serial, dates, maker note, GPS position, and the given orientation. */
export const phoneExif = createPhoneExif;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => concatBytes(parts);

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
