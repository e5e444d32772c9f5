import type { Size } from './prepare-image.js';

/**
 * Decodes a JPEG at 1/2, 1/4 or 1/8 of its stored size, the smallest that still covers `target`: the JPEG decoder then
 * skips most of its work and memory (a 24-MP photo, what recent iPhones take by default: ~227 → ~145 ms and 98 → 24 MB
 * in Chromium; 48 MP: ~435 → ~265 ms). Through WebCodecs' `ImageDecoder`, whose `desiredWidth`/`desiredHeight`
 * Chromium turns into libjpeg-turbo's scaled decode (other eighths are no faster than a full decode, so only halvings
 * are asked for). Resolves `undefined` when no halving fits, where `ImageDecoder` is missing, when it fails, or when it
 * decodes smaller than `target`: the caller then decodes in full.
 */
export async function decodeJpegScaled(jpeg: Blob, stored: Size, target: Size): Promise<ImageBitmap | undefined> {
  let scale = 1;
  while (scale > 1 / 8 && stored.width * scale >= target.width * 2 && stored.height * scale >= target.height * 2) scale /= 2;
  if (scale === 1 || typeof ImageDecoder !== 'function') return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    // One pixel over: Chromium derives the scale from the pixel count, in floating point, rounding down.
    decoder = new ImageDecoder({ data: jpeg.stream(), type: 'image/jpeg', desiredWidth: Math.ceil(stored.width * scale) + 1, desiredHeight: Math.ceil(stored.height * scale) + 1 });
    const { image } = await decoder.decode();
    try {
      return image.displayWidth >= target.width && image.displayHeight >= target.height ? await createImageBitmap(image) : undefined;
    } finally {
      image.close();
    }
  } catch {
    // A damaged file fails the full decode too, with the error the caller reports.
    return undefined;
  } finally {
    decoder?.close();
  }
}
