import { createJpegBytes } from './create-jpeg-bytes.js';
import { createPdfBytes } from './create-pdf-bytes.js';
import { createPngBytes } from './create-png-bytes.js';

/**
 * Small valid file bytes whose kind follows the file name's extension (`.png`, `.pdf`, else JPEG).
 * @example
 * const file = new File([sampleFileBytes('scan.png')], 'scan.png', { type: 'image/png' });
 */
export function sampleFileBytes(fileName: string): Uint8Array<ArrayBuffer> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'png') return createPngBytes();
  if (extension === 'pdf') return createPdfBytes();
  return createJpegBytes();
}
