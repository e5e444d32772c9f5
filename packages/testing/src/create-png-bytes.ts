/** An RGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

const CRC_TABLE = /* @__PURE__ */ (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array(4 + data.length);
  typed.set(Array.from(type, (char) => char.charCodeAt(0)));
  typed.set(data, 4);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** zlib with "stored" (uncompressed) deflate blocks: valid everywhere, no compressor needed. */
function zlibStored(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const out: number[] = [0x78, 0x01];
  for (let start = 0; start < raw.length || start === 0; start += 65535) {
    const block = raw.subarray(start, start + 65535);
    const final = start + 65535 >= raw.length ? 1 : 0;
    out.push(final, block.length & 0xff, block.length >>> 8, ~block.length & 0xff, (~block.length >>> 8) & 0xff, ...block);
    if (final) break;
  }
  out.push(...u32(adler32(raw)));
  return Uint8Array.from(out);
}

/** Options of {@link createPngBytes}. */
export interface ImageOptions {
  /** Width in pixels. */
  width?: number;
  /** Height in pixels. */
  height?: number;
  /** Colour of each pixel. Default: a card-like picture. */
  pixel?: (x: number, y: number) => Rgb;
}

/** A card-like picture: a light face, a coloured header band and a darker "photo" square. */
export function cardPixel(width: number, height: number, accent: Rgb): (x: number, y: number) => Rgb {
  return (x, y) => {
    if (y < height / 4) return accent;
    if (x > width / 12 && x < width / 3 && y > height / 3 && y < (height * 7) / 8) return [120, 130, 150];
    return [236, 240, 246];
  };
}

/**
 * Builds a real, decodable RGB PNG in memory (browser-safe, no dependencies).
 * @example
 * const png = createPngBytes({ width: 48, height: 30 });
 */
export function createPngBytes(options: ImageOptions = {}): Uint8Array<ArrayBuffer> {
  const width = options.width ?? 48;
  const height = options.height ?? 30;
  const pixel = options.pixel ?? cardPixel(width, height, [37, 99, 235]);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', new Uint8Array(0)),
  ]);
}
