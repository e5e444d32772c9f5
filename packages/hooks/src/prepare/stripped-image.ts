import type { RemovedMetadata } from './prepare-options.js';

/** The result of a lossless strip: the same image data without its identifying metadata. */
export interface StrippedImage {
  /** The rewritten file. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Kinds of metadata that were dropped. */
  removed: Set<RemovedMetadata>;
  /** EXIF orientation of the original (1 when it had none). */
  orientation: number;
  /** Stored width in px (before orientation). */
  width: number;
  /** Stored height in px (before orientation). */
  height: number;
}

/** Thrown by the strippers when the structure of the file is broken; the caller names the file. */
export class CorruptImage extends Error {
  override readonly name = 'CorruptImage';
}

/** Concatenates byte ranges into one array (one allocation). */
export function concatBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether `bytes` at `at` hold `text` (ASCII). */
export function startsWithText(bytes: Uint8Array, at: number, text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (bytes[at + index] !== text.charCodeAt(index)) return false;
  return true;
}
