import { CorruptImage } from './stripped-image.js';
import { decodeJpegScaled } from './decode-jpeg-scaled.js';
import { drawScaled, encodeCanvas, halveTowards, orient, readPixels, type Canvas } from './canvas.js';
import type { PrepareErrorCode } from './prepare-error.js';
import type { RemovedMetadata, ResolvedPrepareOptions } from './prepare-options.js';
import { analysisEdge, assessQuality, type QualityHint } from './quality/assess-quality.js';
import { scanHeifMetadata } from './scan-heif-metadata.js';
import { mimeTypes, type ImageFormat } from './sniff-format.js';
import { stripImage } from './strip-image.js';

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


/** `size` scaled down (never up) so that its long edge is at most `edge`. */
function fit(size: Size, edge: number): Size {
  const scale = Math.min(1, edge / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** Decodes HEIC to pixels. Passed in, so that only the HEIC worker (and a HEIC on the main thread) loads libheif. */
export type HeicDecoder = (bytes: Uint8Array) => Promise<ImageData>;

/** Encodes the drawn canvas as each of `types`, in that order. */
export type Encode = (canvas: Canvas, types: string[], quality: number) => Promise<Blob[]>;

/** What the caller's thread offers the preparation. */
export interface PrepareContext {
  signal?: AbortSignal | undefined;
  decodeHeic?: HeicDecoder | undefined;
  /**
   * Called as soon as it is known that the image will be both encoded and analysed, long before either starts:
   * returns an {@link Encode} that runs on another thread (a helper worker), so that the two happen at once.
   * Absent, everything runs on this thread.
   */
  encoderElsewhere?: (() => Encode) | undefined;
}

const encodeHere: Encode = (canvas, types, quality) => Promise.all(types.map((type) => encodeCanvas(canvas, type, quality)));

/** The same size a quarter turn later. */
const turn = ({ width, height }: Size): Size => ({ width: height, height: width });

/**
 * Capture-quality hints of a decoded photo, measured on a copy brought down to `analysisEdge` from the decode — in
 * full, or a large JPEG's scaled decode — halved in 2×2 steps, then the browser's 'high' resize, as the accuracy set
 * measures them.
 * `source` is the photo's size as stored (the file's, which a browser short of memory may decode smaller); the pixels
 * are as stored too, before their EXIF orientation: no hint depends on which way the photo is turned.
 */
async function measureHints(pixels: ImageBitmap, source: Size, thresholds: ResolvedPrepareOptions['qualityThresholds']): Promise<QualityHint[]> {
  const size = fit(source, analysisEdge);
  const copy = await createImageBitmap(halveTowards(pixels, size.width, size.height), { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
  try {
    return assessQuality(readPixels(copy), { sourceWidth: source.width, sourceHeight: source.height, ...(thresholds && { thresholds }) });
  } finally {
    copy.close();
  }
}

/**
 * The whole preparation of one JPEG, PNG, WebP or HEIC image, in a worker or on the main thread: lossless
 * metadata removal when nothing else changes, else one decode (pixels as stored), one downscale, the EXIF
 * orientation applied to the small copy, and one encode.
 */
export async function prepareImage(file: Blob, format: ImageFormat, options: ResolvedPrepareOptions, context: PrepareContext = {}): Promise<PreparedImage> {
  const { signal, decodeHeic, encoderElsewhere } = context;
  const heic = format === 'heic';
  let pixels: ImageBitmap | undefined;
  try {
    const original = new Uint8Array(await file.arrayBuffer());
    signal?.throwIfAborted();
    const stripped = heic ? undefined : stripImage(format, original);
    const removed = stripped?.removed ?? scanHeifMetadata(original);
    // libheif applies a HEIC's own rotation while decoding.
    const orientation = stripped?.orientation ?? 1;
    const stored = stripped ?? (await decodeHeic!(original));
    const storedSize = { width: stored.width, height: stored.height };
    const before = orientation >= 5 ? turn(storedSize) : storedSize;
    const target = fit(before, options.maxEdge);
    // Removing the orientation tag without turning the pixels would show the photo sideways.
    const rotate = options.stripMetadata && orientation !== 1;
    const kept = stripped && options.stripMetadata ? stripped.bytes : original;
    const reencode = heic || rotate || Math.max(before.width, before.height) > options.maxEdge;
    let encoded: Blob | undefined;
    let hints: QualityHint[] = [];
    if (reencode || options.qualityHints) {
      // Asked for now, so that a helper worker is ready by the time the pixels are.
      const encode = (reencode && options.qualityHints && encoderElsewhere?.()) || encodeHere;
      // Decoded as stored: a turned photo from its stripped bytes, where the browser finds no tag to apply, so the
      // orientation is applied once, by us, on the small copy. (Drawing a photo the browser turned while decoding is
      // slow for a quarter turn: ~180 ms to bring a 12-MP one down to 5 MP, and ~120 ms more for the hints' copy.) An
      // upright one from the file itself: copying 3 MB into a new Blob would cost ~6 ms.
      const source = stripped ? (orientation === 1 ? file : new Blob([stripped.bytes])) : (stored as ImageData);
      const storedTarget = orientation >= 5 ? turn(target) : target;
      pixels = (format === 'jpeg' && reencode && (await decodeJpegScaled(source as Blob, storedSize, storedTarget))) || (await createImageBitmap(source));
      signal?.throwIfAborted();
      // A PNG is usually a screenshot or scan, often smaller as PNG; photos are smaller as JPEG.
      const types = format === 'png' ? ['image/png', 'image/jpeg'] : ['image/jpeg'];
      const scaled = reencode ? drawScaled(pixels, storedTarget.width, storedTarget.height) : undefined;
      const encoding = scaled && encode(orientation === 1 ? scaled : orient(scaled, orientation), types, options.quality);
      encoding?.catch(() => {});
      if (options.qualityHints) hints = await measureHints(pixels, storedSize, options.qualityThresholds);
      if (encoding) {
        encoded = (await encoding).reduce((best, blob) => (blob.size < best.size ? blob : best));
        // Only a downscale may be undone: a conversion must happen, and a rotation is needed once the tag is gone.
        if (!heic && !rotate && encoded.size >= kept.length) encoded = undefined;
      }
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
  } finally {
    // The full-size decode holds ~50 MB: let it go now, whether or not it was used.
    pixels?.close();
  }
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
