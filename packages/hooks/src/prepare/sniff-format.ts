/** What a file really is, by its first bytes (never by its name or declared type). */
export type FileFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf' | 'other';

/** The formats that preparation reads and rewrites. */
export type ImageFormat = Exclude<FileFormat, 'pdf' | 'other'>;

/** `ftyp` brands of HEIF images coded with HEVC. `avif` (AV1) is deliberately absent. */
const heicBrands = /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** Sniffs the format from the first 64 bytes (or the whole file when shorter). */
export function sniffFormat(head: Uint8Array): FileFormat {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(head, 4, 8) === 'ftyp') {
    const boxEnd = Math.min(head.length, (head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!);
    // The major brand, then the compatible brands; `mif1` alone is also used by AVIF files, so AVIF wins over it.
    const brands = [ascii(head, 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(head, at, at + 4));
    if (brands.includes('avif') && !brands.some((brand) => brand.startsWith('he'))) return 'other';
    if (brands.some((brand) => heicBrands.test(brand))) return 'heic';
  }
  return 'other';
}

/** Standard MIME type of each format. */
export const mimeTypes: Record<FileFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  other: 'application/octet-stream',
};
