import type { Canvas } from './canvas.js';
import type { Encode } from './prepare-image.js';

/** Preparing worker → helper worker: the drawn image, handed over (transferred, not copied). */
export interface EncodeRequest {
  bitmap: ImageBitmap;
  types: string[];
  quality: number;
}

/** Helper worker → preparing worker: one blob per requested type, or why there is none. */
export type EncodeReply = { blobs: Blob[] } | { name: string; message: string };

/**
 * The preparing worker's side of a helper: an {@link Encode} that hands the canvas's pixels over `port` and waits
 * for the blobs. Encoding is the longest step after decoding and a worker can do nothing else meanwhile (it
 * encodes on its own thread), so a helper encodes while this worker measures the photo's quality.
 */
export function encodeThrough(port: MessagePort): Encode {
  return (canvas: Canvas, types, quality) =>
    new Promise((resolve, reject) => {
      const answered = ({ data }: MessageEvent<EncodeReply>) => ('blobs' in data ? resolve(data.blobs) : reject(new DOMException(data.message, data.name)));
      port.addEventListener('message', answered, { once: true });
      port.start();
      const bitmap = (canvas as OffscreenCanvas).transferToImageBitmap();
      port.postMessage({ bitmap, types, quality } satisfies EncodeRequest, [bitmap]);
    });
}

/** The helper's side: encodes the one image that comes through `port`, answers, and closes the port. */
export function serveEncode(port: MessagePort): void {
  const encode = async ({ data: { bitmap, types, quality } }: MessageEvent<EncodeRequest>) => {
    let reply: EncodeReply;
    try {
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      // 'bitmaprenderer' takes the pixels over without a copy; a 2D context draws them where it is missing.
      const renderer = canvas.getContext('bitmaprenderer');
      if (renderer) renderer.transferFromImageBitmap(bitmap);
      else canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      const blobs: Blob[] = [];
      for (const type of types) blobs.push(await canvas.convertToBlob({ type, quality }));
      reply = { blobs };
    } catch (error) {
      reply = { name: (error as Error).name, message: (error as Error).message };
    }
    port.postMessage(reply);
    port.close();
  };
  port.addEventListener('message', encode, { once: true });
  port.start();
}
