import type { UploadFunction } from '@iddocs/hooks';
import { createJpegBytes, createPdfBytes, createPngBytes } from '@iddocs/testing';

/** A real, decodable JPEG photo, padded past the uploader's 1 KiB minimum. */
export function jpegFile(name = 'passport.jpg'): File {
  return new File([createJpegBytes({ minBytes: 4096 })], name, { type: 'image/jpeg' });
}

/** A real PNG scan. */
export function pngFile(name = 'id-card-back.png'): File {
  const bytes = createPngBytes({ width: 160, height: 100 });
  return new File([bytes, new Uint8Array(Math.max(0, 2048 - bytes.length))], name, { type: 'image/png' });
}

/** A real PDF, padded past 1 KiB with trailing whitespace (which PDF readers ignore). */
export function pdfFile(name = 'utility-bill.pdf'): File {
  const bytes = createPdfBytes();
  return new File([bytes, '\n'.repeat(Math.max(0, 2048 - bytes.length))], name, { type: 'application/pdf' });
}

/** A Linux program (ELF) dressed up as a JPEG: name and declared type lie, the bytes do not. */
export function spoofedJpegFile(name = 'passport.jpg'): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
  return new File([bytes], name, { type: 'image/jpeg' });
}

/**
 * An upload step that reports 40 % and then holds until cancelled, so "uploading" can be looked at.
 * The fake cannot hold an upload mid-flight under MSW: the browser hands the whole body to the service worker at
 * once, so XHR progress jumps from 0 to 100 % whatever the fake's throttle does.
 */
export const uploadHeldAt40Percent: UploadFunction = (file, { onProgress, signal }) =>
  new Promise<string>((_resolve, reject) => {
    const total = file.size;
    onProgress({ loaded: Math.ceil(total * 0.4), total, percent: 40 });
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
