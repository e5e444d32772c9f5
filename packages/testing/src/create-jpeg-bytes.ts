import { cardPixel, type ImageOptions } from './create-png-bytes.js';

/** Annex K luminance DC table: code lengths per size, then the categories 0–11. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Every block is flat, so the only AC symbol ever written is end-of-block. */
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALUES = [0];

function canonicalCodes(bits: number[], values: number[]): Map<number, { code: number; length: number }> {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let index = 0;
  bits.forEach((count, lengthIndex) => {
    for (let i = 0; i < count; i++) codes.set(values[index++] ?? 0, { code: code++, length: lengthIndex + 1 });
    code <<= 1;
  });
  return codes;
}

class BitWriter {
  readonly bytes: number[] = [];
  private buffer = 0;
  private count = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.buffer = (this.buffer << 1) | ((value >>> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }

  finish(): number[] {
    while (this.count !== 0) this.write(1, 1);
    return this.bytes;
  }

  private flushByte(): void {
    this.bytes.push(this.buffer);
    if (this.buffer === 0xff) this.bytes.push(0);
    this.buffer = 0;
    this.count = 0;
  }
}

function segment(marker: number, data: number[]): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >>> 8, length & 0xff, ...data];
}

function toYCbCr([r, g, b]: readonly [number, number, number]): [number, number, number] {
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ];
}

/** Options of {@link createJpegBytes}. */
export interface JpegOptions extends ImageOptions {
  /** Pads the file with a comment segment up to this many bytes (real scans are rarely tiny). Default 1536. */
  minBytes?: number;
}

/**
 * Builds a real, decodable baseline JPEG in memory: each 8×8 block is one flat colour
 * (sampled at the block's centre), which needs only DC coefficients.
 * @example
 * const jpeg = createJpegBytes({ width: 64, height: 40 });
 */
export function createJpegBytes(options: JpegOptions = {}): Uint8Array<ArrayBuffer> {
  const width = options.width ?? 64;
  const height = options.height ?? 40;
  const pixel = options.pixel ?? cardPixel(width, height, [22, 163, 74]);
  const dc = canonicalCodes(DC_BITS, DC_VALUES);
  const eob = canonicalCodes(AC_BITS, AC_VALUES).get(0) ?? { code: 0, length: 1 };
  const writer = new BitWriter();
  const previous = [0, 0, 0];
  for (let by = 0; by < Math.ceil(height / 8); by++) {
    for (let bx = 0; bx < Math.ceil(width / 8); bx++) {
      const sample = pixel(Math.min(bx * 8 + 4, width - 1), Math.min(by * 8 + 4, height - 1));
      toYCbCr(sample).forEach((value, component) => {
        const coefficient = Math.round(8 * (Math.min(255, Math.max(0, value)) - 128));
        const diff = coefficient - (previous[component] ?? 0);
        previous[component] = coefficient;
        const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
        const huffman = dc.get(category) ?? { code: 0, length: 0 };
        writer.write(huffman.code, huffman.length);
        if (category > 0) writer.write(diff > 0 ? diff : diff + (1 << category) - 1, category);
        writer.write(eob.code, eob.length);
      });
    }
  }
  const components = [1, 2, 3].flatMap((id) => [id, 0x11, 0]);
  const head = [
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]),
    ...segment(0xc0, [8, height >>> 8, height & 0xff, width >>> 8, width & 0xff, 3, ...components]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    ...segment(0xc4, [0x10, ...AC_BITS, ...AC_VALUES]),
  ];
  const scan = [...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]), ...writer.finish(), 0xff, 0xd9];
  const padding = Math.max(0, (options.minBytes ?? 1536) - head.length - scan.length);
  const comment = padding > 4 ? segment(0xfe, Array.from({ length: Math.min(padding - 4, 65533) }, () => 0x20)) : [];
  return Uint8Array.from([...head, ...comment, ...scan]);
}
