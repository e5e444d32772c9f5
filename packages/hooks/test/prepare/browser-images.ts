// Real images for the browser tests, made with the browser's own canvas and encoders.
import { concat, metadataSegments } from './image-fixtures.js';

export const RED = [220, 30, 30];
export const GREEN = [30, 200, 30];
export const BLUE = [30, 30, 220];
export const YELLOW = [240, 220, 20];

/** A canvas of four colour blocks: red | green over blue | yellow. With `noise`, photo-like detail on top. */
export function quadrants(width: number, height: number, { noise = false } = {}): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const blocks = [RED, GREEN, BLUE, YELLOW];
  blocks.forEach(([r, g, b], index) => {
    context.fillStyle = `rgb(${r},${g},${b})`;
    context.fillRect(index % 2 ? width / 2 : 0, index < 2 ? 0 : height / 2, width / 2, height / 2);
  });
  if (noise) {
    const pixels = context.getImageData(0, 0, width, height);
    let seed = 1;
    for (let i = 0; i < pixels.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const delta = (seed % 41) - 20;
      for (let c = 0; c < 3; c += 1) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c]! + delta));
    }
    context.putImageData(pixels, 0, 0);
  }
  return canvas;
}

export async function encode(canvas: OffscreenCanvas, type = 'image/jpeg', quality = 0.9): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await canvas.convertToBlob({ type, quality })).arrayBuffer());
}

/** Puts segments right after the JPEG's start-of-image marker, as cameras write them. */
export function spliceAfterSoi(jpeg: Uint8Array, ...segments: Uint8Array[]): Uint8Array<ArrayBuffer> {
  return concat(jpeg.subarray(0, 2), ...segments, jpeg.subarray(2));
}

/** A camera-like JPEG: quadrants with EXIF (GPS, camera, dates, the given orientation), XMP, IPTC and a comment. */
export async function cameraJpeg(width: number, height: number, { orientation = 1, quality = 0.9, noise = false } = {}): Promise<Uint8Array<ArrayBuffer>> {
  return spliceAfterSoi(await encode(quadrants(width, height, { noise }), 'image/jpeg', quality), ...metadataSegments({ orientation }));
}

export const fileOf = (bytes: Uint8Array<ArrayBuffer>, name: string, type = 'image/jpeg') => new File([bytes], name, { type });

/**
 * Decodes an image file as the browser shows it (its EXIF orientation applied; prepared files have none, so for
 * them that is as stored) and reads RGBA at (x, y).
 */
export async function decodeShown(blob: Blob) {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { width, height } = bitmap;
  bitmap.close();
  const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.subarray(0, 3)];
  const rgba = () => context.getImageData(0, 0, width, height).data;
  return { width, height, pixel, rgba, corners: () => [pixel(4, 4), pixel(width - 5, 4), pixel(4, height - 5), pixel(width - 5, height - 5)] };
}

/** Whether two colours are within `tolerance` on every channel (lossy codecs shift colours a little). */
export const near = (actual: number[], expected: number[], tolerance = 30) => actual.every((value, index) => Math.abs(value - expected[index]!) <= tolerance);
