import type { Defined } from '../defined.js';
import type { QualityHint, QualityThresholds } from './quality/assess-quality.js';

/** A kind of identifying data found in the original file and absent from the prepared one. */
export type RemovedMetadata = 'location' | 'camera' | 'date-taken' | 'orientation' | 'xmp' | 'iptc' | 'comment' | 'other';

/** How `prepareFile` treats a file. Every field is optional; see {@link defaultPrepareOptions}. */
export interface PrepareOptions {
  /** Remove EXIF, XMP, IPTC, comments and maker data (losslessly when nothing else changes). Default `true`. */
  stripMetadata?: boolean | undefined;
  /** Longest edge in px of the prepared image; larger images are downscaled, smaller never upscaled. Default 2560. */
  maxEdge?: number | undefined;
  /** Encoder quality (0–1] used whenever an image is re-encoded. Default 0.85. */
  quality?: number | undefined;
  /** HEIC/HEIF photos: convert to JPEG (default) or keep the file as it is, metadata included. */
  heic?: 'jpeg' | 'keep' | undefined;
  /** Run in a Web Worker when the browser can (`Worker` and `OffscreenCanvas`). Default `true`. */
  worker?: boolean | undefined;
  /** Compute capture-quality hints (blur, exposure, resolution) on a small copy. Default `true`. */
  qualityHints?: boolean | undefined;
  /** Overrides of the capture-quality thresholds. */
  qualityThresholds?: Partial<QualityThresholds> | undefined;
}

/** Size, pixel dimensions (as displayed, i.e. after orientation) and type of a file. */
export interface FileFacts {
  /** Size in bytes. */
  bytes: number;
  /** MIME type of the content (sniffed, not the declared one). */
  type: string;
  /** Width in px as displayed; absent for files that are not images (PDF). */
  width?: number;
  /** Height in px as displayed; absent for files that are not images (PDF). */
  height?: number;
}

/** What `prepareFile` did to one file. */
export interface PrepareReport {
  /** Identifying data that was in the original and is not in the result, each kind once. */
  removed: RemovedMetadata[];
  /** The file as chosen. */
  before: FileFacts;
  /** The file to upload. */
  after: FileFacts;
  /** Whether the pixels were decoded and encoded again (downscale, rotation, conversion). */
  reencoded: boolean;
  /** Set when a HEIC/HEIF photo was converted. */
  converted?: 'heic-to-jpeg';
  /**
   * Why the file was left exactly as it was, when it was: a PDF, a file that is no image, an image format not
   * prepared (GIF, AVIF, TIFF, …) with `stripMetadata: false` (with it, such an image is refused), or `heic: 'keep'`.
   */
  passedThrough?: 'pdf' | 'other-format' | 'heic-kept';
  /** Milliseconds from the call to the result. */
  ms: number;
  /** Capture-quality hints; never blocking. Empty when there is nothing to say or hints are off. */
  hints: QualityHint[];
}

/** The defaults, chosen for legible ID documents at a modest upload size. */
export const defaultPrepareOptions: Defined<Omit<PrepareOptions, 'qualityThresholds'>> = {
  stripMetadata: true,
  maxEdge: 2560,
  quality: 0.85,
  heic: 'jpeg',
  worker: true,
  qualityHints: true,
};

/** Options with every default filled in: what crosses to the worker. */
export type ResolvedPrepareOptions = typeof defaultPrepareOptions & Pick<PrepareOptions, 'qualityThresholds'>;

/** Fills in defaults and rejects values that would silently do the wrong thing. */
export function resolvePrepareOptions(options: PrepareOptions): ResolvedPrepareOptions {
  // An explicit `undefined` (a JS caller passing a prop through) means "the default", as it does in React.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved: ResolvedPrepareOptions = { ...defaultPrepareOptions, ...given };
  if (!(resolved.maxEdge >= 1)) throw new RangeError(`prepareFile: maxEdge must be at least 1 px, got ${resolved.maxEdge}`);
  if (!(resolved.quality > 0 && resolved.quality <= 1)) throw new RangeError(`prepareFile: quality must be in (0, 1], got ${resolved.quality}`);
  if (resolved.heic !== 'jpeg' && resolved.heic !== 'keep') throw new RangeError(`prepareFile: heic must be 'jpeg' or 'keep', got ${String(resolved.heic)}`);
  return resolved;
}
