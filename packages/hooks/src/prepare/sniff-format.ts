/**
 * What a file really is, by its first bytes (never by its name or declared type). `'other-image'`: an image format
 * that can carry metadata but that preparation cannot rewrite (AVIF and other ISO-BMFF images, GIF, TIFF, JPEG XL).
 */
export type FileFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf' | 'other-image' | 'other';

/** The formats that preparation reads and rewrites. */
export type ImageFormat = Exclude<FileFormat, 'pdf' | 'other-image' | 'other'>;

/** `ftyp` brands of HEIF images coded with HEVC (the client's file check accepts the same). `avif` (AV1) is deliberately absent. */
const heicBrands = /^(he(i[cxms]|v[cxms])|m[is]f1)$/;
/** Signatures of GIF, TIFF (either byte order), JPEG XL (bare codestream or container). */
const otherImages = ['GIF8', 'II*\0', 'MM\0*', '\xff\x0a', '\0\0\0\x0cJXL '];

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
    if (brands.includes('avif') && !brands.some((brand) => brand.startsWith('he'))) return 'other-image';
    if (brands.some((brand) => heicBrands.test(brand))) return 'heic';
    // Some other ISO-BMFF file: an image (AVIF, JPEG 2000) or a video, either of which may carry a location.
    return 'other-image';
  }
  const start = ascii(head, 0, 12);
  return otherImages.some((signature) => start.startsWith(signature)) ? 'other-image' : 'other';
}

/** Standard MIME type of each format. */
export const mimeTypes: Record<FileFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  'other-image': 'application/octet-stream',
  other: 'application/octet-stream',
};
