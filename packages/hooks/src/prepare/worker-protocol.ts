import type { PrepareErrorCode } from './prepare-error.js';
import type { PreparedImage } from './prepare-image.js';
import type { ResolvedPrepareOptions } from './prepare-options.js';
import type { ImageFormat } from './sniff-format.js';

/**
 * Main thread → worker: prepare `file`. The File itself is posted: structured cloning shares a Blob's bytes
 * without copying them, so the main thread never reads the image at all. `encoder` is this request's end of a
 * channel to a helper worker, connected only if the worker asks for one (see {@link WorkerResponse}).
 */
export interface WorkerRequest {
  id: number;
  file: Blob;
  format: ImageFormat;
  options: ResolvedPrepareOptions;
  encoder: MessagePort;
}

/** Main thread → helper worker: encode what comes through this port (the other end of a request's `encoder`). */
export interface ServeEncode {
  serve: MessagePort;
}

/**
 * Worker → main thread: the prepared image (its Blob shared, not copied) or the error code; before that,
 * `wantsEncoder` when the image will be encoded while its quality is measured, so that a helper is connected.
 */
export type WorkerResponse = { id: number; result: PreparedImage } | { id: number; error: PrepareErrorCode; detail: string } | { id: number; wantsEncoder: true };
