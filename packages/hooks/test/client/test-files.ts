import { createJpegBytes, createPdfBytes } from '@iddocs/testing';

/** `bytes` followed by zero padding up to `size` (the sniffed header stays valid). */
export function padded(bytes: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.max(size, bytes.byteLength));
  out.set(bytes);
  return out;
}

/** A valid JPEG `File` of `size` bytes. */
export function jpegFile(name = 'passport.jpg', size = 4096): File {
  return new File([padded(createJpegBytes(), size)], name, { type: 'image/jpeg' });
}

/** A valid PDF `File` of `size` bytes. */
export function pdfFile(name = 'bill.pdf', size = 4096): File {
  return new File([padded(createPdfBytes(), size)], name, { type: 'application/pdf' });
}

/** A file starting with `header`, padded to `size`. */
export function fileWithHeader(header: readonly number[], name: string, size = 4096): File {
  return new File([padded(new Uint8Array(header), size)], name, { type: 'image/jpeg' });
}
