import type { UploadFunction } from '@iddocs/hooks';
import { corruptJpegData, createPdfBytes, createSamplePhoto, type SamplePhotoOptions } from '@iddocs/testing';
// A phone photo of an ID card as an iPhone saves it (HEIC, with EXIF: GPS, camera, date); made by make-sample-heic.mjs.
import sampleHeicUrl from './sample-id-card.heic?url';

/**
 * A phone photo of an ID card (`createSamplePhoto`): 1600 × 1100 JPEG with the phone's EXIF, GPS included, as
 * phones save them. The uploader prepares it: location removed (the row says so), no quality hint.
 */
export function jpegFile(name = 'passport.jpg', options: Omit<SamplePhotoOptions, 'name'> = {}): Promise<File> {
  return createSamplePhoto({ name, ...options });
}

/** A scan saved as PNG (no EXIF: scanners and screenshots write none), 1100 × 760. */
export async function pngFile(name = 'id-card-back.png', { seed = 7 }: { seed?: number } = {}): Promise<File> {
  const bitmap = await createImageBitmap(await createSamplePhoto({ width: 1100, height: 760, seed, exif: false }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
}

/** An iPhone photo (HEIC, 1280 × 880, with GPS in its EXIF): the uploader converts it to JPEG. */
export async function heicFile(name = 'IMG_0042.HEIC'): Promise<File> {
  const response = await fetch(sampleHeicUrl);
  if (!response.ok) throw new Error(`Could not load the sample HEIC (${response.status} from ${sampleHeicUrl}).`);
  return new File([await response.arrayBuffer()], name, { type: 'image/heic' });
}

/** A phone photo whose image data is damaged (headers intact, pixels unreadable): refused, never sent. */
export async function damagedJpegFile(name = 'passport.jpg'): Promise<File> {
  return corruptJpegData(await createSamplePhoto({ name }));
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

/**
 * {@link uploadHeldAt40Percent} for every file but the one named `uploaded`, which goes up at once to the story
 * story fake at `baseUrl` (as the client's own upload step would): one uploader can then show a file uploading and
 * one uploaded side by side. For `parameters.documents.makeUpload`.
 */
export function uploadHeldAt40PercentExcept(uploaded: string, baseUrl: string): UploadFunction {
  return async (file, options) => {
    if (options.fileName !== uploaded) return uploadHeldAt40Percent(file, options);
    const body = new FormData();
    body.append('file', file, options.fileName);
    const response = await fetch(`${baseUrl}/api/v2/my/files`, { method: 'POST', body, headers: { authorization: 'Bearer test-token' }, signal: options.signal });
    if (!response.ok) throw new Error(`The story fake refused the upload (${response.status}).`);
    options.onProgress({ loaded: file.size, total: file.size, percent: 100 });
    return ((await response.json()) as { path: string }).path;
  };
}
