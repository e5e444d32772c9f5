import type { PrepareErrorCode } from './prepare-error.js';
import type { PreparedImage } from './prepare-image.js';
import type { ResolvedPrepareOptions } from './prepare-options.js';
import type { ImageFormat } from './sniff-format.js';

/**
 * Main thread → worker. The File itself is posted: structured cloning shares a Blob's bytes without copying
 * them, so the main thread never reads the image at all.
 */
export interface WorkerRequest {
  id: number;
  file: Blob;
  format: ImageFormat;
  options: ResolvedPrepareOptions;
}

/** Worker → main thread: the prepared image (its Blob shared, not copied) or the error code. */
export type WorkerResponse = { id: number; result: PreparedImage } | { id: number; error: PrepareErrorCode; detail: string };
