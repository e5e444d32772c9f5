import { CorruptImage } from './stripped-image.js';
import { drawScaled, encodeCanvas, halveTowards, readPixels } from './canvas.js';
import type { PrepareErrorCode } from './prepare-error.js';
import type { RemovedMetadata, ResolvedPrepareOptions } from './prepare-options.js';
import { analysisEdge, assessQuality, type QualityHint } from './quality/assess-quality.js';
import { scanHeifMetadata } from './scan-heif-metadata.js';
import { mimeTypes, type ImageFormat } from './sniff-format.js';
import { stripJpeg } from './strip-jpeg.js';
import { stripPng } from './strip-png.js';
import { stripWebp } from './strip-webp.js';

/** Width and height in px. */
export interface Size {
  width: number;
  height: number;
}

/** What the preparation of one image produced; the caller wraps it in a File and a report. */
export interface PreparedImage {
  blob: Blob;
  removed: RemovedMetadata[];
  before: Size;
  after: Size;
  reencoded: boolean;
  converted?: 'heic-to-jpeg';
  hints: QualityHint[];
}

const strippers = { jpeg: stripJpeg, png: stripPng, webp: stripWebp };

/** `size` scaled down (never up) so that its long edge is at most `edge`. */
function fit(size: Size, edge: number): Size {
  const scale = Math.min(1, edge / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** Decodes HEIC to pixels. Passed in, so that only the HEIC worker (and a HEIC on the main thread) loads libheif. */
export type HeicDecoder = (bytes: Uint8Array) => Promise<ImageData>;

/**
 * The whole preparation of one JPEG, PNG, WebP or HEIC image, in a worker or on the main thread: lossless
 * metadata removal when nothing else changes, else one decode (oriented, scaled) and one encode.
 */
export async function prepareImage(file: Blob, format: ImageFormat, options: ResolvedPrepareOptions, signal?: AbortSignal, decodeHeic?: HeicDecoder): Promise<PreparedImage> {
  const original = new Uint8Array(await file.arrayBuffer());
  signal?.throwIfAborted();
  const heic = format === 'heic';
  const stripped = heic ? undefined : strippers[format](original);
  const source = heic ? await decodeHeic!(original) : file;
  const removed = stripped?.removed ?? scanHeifMetadata(original);
  const orientation = stripped?.orientation ?? 1;
  const stored = stripped ?? (source as ImageData);
  const before = orientation >= 5 ? { width: stored.height, height: stored.width } : { width: stored.width, height: stored.height };
  const target = fit(before, options.maxEdge);
  // Removing the orientation tag without turning the pixels would show the photo sideways.
  const rotate = options.stripMetadata && orientation !== 1;
  const kept = stripped && options.stripMetadata ? stripped.bytes : original;
  const reencode = heic || rotate || Math.max(before.width, before.height) > options.maxEdge;
  let encoded: Blob | undefined;
  let hints: QualityHint[] = [];
  if (reencode || options.qualityHints) {
    signal?.throwIfAborted();
    // 'from-image' applies the EXIF orientation (browsers do by default today; saying so keeps it exactly once).
    const pixels = await createImageBitmap(source, { imageOrientation: 'from-image' });
    signal?.throwIfAborted();
    const canvas = reencode ? drawScaled(pixels, target.width, target.height) : undefined;
    // A PNG is usually a screenshot or scan, often smaller as PNG; photos are smaller as JPEG. The browser encodes
    // off this thread, so the quality analysis below runs meanwhile.
    const encoding = canvas && Promise.all((format === 'png' ? ['image/png', 'image/jpeg'] : ['image/jpeg']).map((type) => encodeCanvas(canvas, type, options.quality)));
    if (options.qualityHints) {
      // Downscaled the way the thresholds were tuned ('high'), from the smallest copy at hand, halved first as
      // the "high" filter's own mipmaps would be (several times faster than letting it start from 5 megapixels).
      const size = fit(before, analysisEdge);
      const copy = await createImageBitmap(halveTowards(canvas ?? pixels, size.width, size.height), { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
      const thresholds = options.qualityThresholds;
      hints = assessQuality(readPixels(copy), { sourceWidth: before.width, sourceHeight: before.height, ...(thresholds && { thresholds }) });
      copy.close();
    }
    if (encoding) {
      encoded = (await encoding).reduce((best, blob) => (blob.size < best.size ? blob : best));
      // Only a downscale may be undone: a conversion must happen, and a rotation is needed once the tag is gone.
      if (!heic && !rotate && encoded.size >= kept.length) encoded = undefined;
    }
    pixels.close();
  }
  const reencoded = encoded !== undefined;
  const blob = encoded ?? new Blob([kept], { type: mimeTypes[format] });
  return {
    blob,
    removed: reencoded || options.stripMetadata ? [...removed] : [],
    before,
    after: reencoded ? target : before,
    reencoded,
    ...(heic && { converted: 'heic-to-jpeg' as const }),
    hints,
  };
}

/** Which {@link PrepareErrorCode} an error from {@link prepareImage} stands for. */
export function toPrepareErrorCode(error: unknown): PrepareErrorCode {
  const name = (error as Error | undefined)?.name;
  if (name === 'DecoderUnavailable') return 'DECODER_FAILED';
  if (name === 'AbortError') return 'ABORTED';
  // createImageBitmap's "The source image could not be decoded."; a file that can no longer be read.
  if (error instanceof CorruptImage || name === 'InvalidStateError' || name === 'EncodingError' || name === 'NotReadableError') return 'CORRUPT_IMAGE';
  return 'UNSUPPORTED';
}
