import libheif from 'libheif-js/libheif-wasm/libheif-bundle.mjs';
import { CorruptImage } from './stripped-image.js';

/** Thrown when the decoder itself cannot be loaded (as opposed to a file it cannot read). */
export class DecoderUnavailable extends Error {
  override readonly name = 'DecoderUnavailable';
}

let loading: Promise<ReturnType<typeof libheif>> | undefined;

/**
 * Decodes the primary image of a HEIC/HEIF file to RGBA pixels, with its rotation and mirroring applied.
 * libheif (WebAssembly, ~2 MB) is imported statically: this module is itself loaded only for HEIC (by the HEIC worker,
 * or by a dynamic import on the main thread), and a worker's code must not split, since Vite's default worker format
 * (`iife`) cannot: `vite build` on Rollup failed on a dynamic import here.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<ImageData> {
  // Instantiated on first use, where a failure (a Content Security Policy without 'wasm-unsafe-eval') can be reported.
  loading ??= Promise.resolve().then(() => libheif());
  const lib = await loading.catch((error: unknown) => {
    loading = undefined;
    throw new DecoderUnavailable('the HEIC decoder could not be loaded', { cause: error });
  });
  const decoder = new lib.HeifDecoder();
  const images = decoder.decode(bytes);
  try {
    // The file's primary image, which need not come first among its top-level images.
    const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
    if (!image) throw new CorruptImage('libheif found no image in the file');
    const pixels = new ImageData(image.get_width(), image.get_height());
    const decoded = await new Promise<ImageData | null>((resolve) => image.display(pixels, resolve));
    if (!decoded) throw new CorruptImage('libheif could not decode the image');
    return decoded;
  } finally {
    for (const image of images) image.free();
    lib.heif_context_free(decoder.decoder);
  }
}
