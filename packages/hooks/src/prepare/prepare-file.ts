import { acquireSlot } from './acquire-slot.js';
import { PrepareError, isPrepareError } from './prepare-error.js';
import type { PreparedImage } from './prepare-image.js';
import { resolvePrepareOptions, type FileFacts, type PrepareOptions, type PrepareReport, type ResolvedPrepareOptions } from './prepare-options.js';
import { runInWorker } from './run-in-worker.js';
import { mimeTypes, sniffFormat, type ImageFormat } from './sniff-format.js';

/** A file that says it is an image (by type or name) but whose content is none we know is damaged, not "other". */
const claimsImage = (file: File) => /^image\/(jpeg|png|webp|hei[cf])/.test(file.type) || /\.(jpe?g|png|webp|hei[cf])$/i.test(file.name);

const extensions: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png' };

let warnedNoDecoder = false;

/** jsdom and Node decode no images, so every photo is refused there: say once how to test widgets in them. */
function warnIfNoDecoder() {
  if (typeof createImageBitmap === 'function' || warnedNoDecoder) return;
  warnedNoDecoder = true;
  console.warn('@iddocs/hooks/prepare: no createImageBitmap (jsdom?), so photos are refused. In jsdom tests, use prepare={false}.');
}

/** Runs the preparation here, loading it (and libheif, for HEIC) only now: pages with workers never download it. */
async function onMainThread(file: File, format: ImageFormat, options: ResolvedPrepareOptions, signal?: AbortSignal): Promise<PreparedImage> {
  const core = await import('./prepare-image.js').catch((error: unknown) => {
    throw new PrepareError('UNSUPPORTED', file.name, { cause: error });
  });
  const work = (async () => {
    const heic =
      format === 'heic'
        ? await import('./decode-heic.js').catch((error: unknown) => {
            throw new PrepareError('DECODER_FAILED', file.name, { cause: error });
          })
        : undefined;
    return core.prepareImage(file, format, options, { signal, decodeHeic: heic?.decodeHeic });
  })().catch((error: unknown) => {
    throw isPrepareError(error) ? error : new PrepareError(core.toPrepareErrorCode(error), file.name, { cause: error });
  });
  if (!signal) return work;
  // The main thread cannot be interrupted mid-decode; the caller is answered at once and the rest is dropped.
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      const stop = () => reject(new PrepareError('ABORTED', file.name, { cause: signal.reason }));
      if (signal.aborted) stop();
      signal.addEventListener('abort', stop, { once: true });
      void work.finally(() => signal.removeEventListener('abort', stop)).catch(() => {});
    }),
  ]);
}

/** Options of {@link prepareFile}: what to do, and a signal that cancels it. */
export interface PrepareFileOptions extends PrepareOptions {
  /** Aborts the preparation: it rejects at once with `ABORTED`, and its workers are terminated. */
  signal?: AbortSignal | undefined;
}

/** What {@link prepareFile} resolves with. */
export interface PreparedFile {
  /** The file to upload: the original when nothing needed doing, else a new one (renamed `.jpg` from HEIC). */
  file: File;
  /** What was done, for the person and for logs. */
  report: PrepareReport;
}

/**
 * Prepares a file for upload: removes identifying metadata (location, camera, dates; losslessly when the image
 * needs nothing else), applies the EXIF orientation, downscales images larger than `maxEdge`, converts HEIC to
 * JPEG, and reports what it did. PDFs and other non-images pass through untouched. Runs in a Web Worker where
 * the browser can. Rejects with a {@link PrepareError} naming the file (`CORRUPT_IMAGE`, `ABORTED`, …); then
 * nothing of the file should be uploaded.
 *
 * @example
 * const { file: clean, report } = await prepareFile(file, { signal });
 * if (report.removed.includes('location')) say('Location data removed from photo');
 */
export async function prepareFile(file: File, options: PrepareFileOptions = {}): Promise<PreparedFile> {
  const started = performance.now();
  const { signal, ...given } = options;
  const settings = resolvePrepareOptions(given);
  const aborted = () => new PrepareError('ABORTED', file.name, { cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  // A file that cannot be read at all (moved or deleted since it was chosen) is as unusable as a damaged one.
  const head = await file
    .slice(0, 64)
    .arrayBuffer()
    .catch((error: unknown) => {
      throw new PrepareError('CORRUPT_IMAGE', file.name, { cause: error });
    });
  const format = sniffFormat(new Uint8Array(head));
  const before: FileFacts = { bytes: file.size, type: format.startsWith('other') ? file.type : mimeTypes[format] };
  const report = (after: FileFacts, fields: Partial<PrepareReport>): PrepareReport => ({ removed: [], before, after, reencoded: false, ms: performance.now() - started, hints: [], ...fields });

  if (format === 'other' && claimsImage(file)) throw new PrepareError('CORRUPT_IMAGE', file.name);
  // Passing such an image through would upload the metadata it may carry: refused, the person can save it as JPEG.
  if (format === 'other-image' && settings.stripMetadata) throw new PrepareError('UNSUPPORTED', file.name);
  if (format === 'pdf' || format === 'other' || format === 'other-image' || (format === 'heic' && settings.heic === 'keep')) {
    return { file, report: report(before, { passedThrough: format === 'heic' ? 'heic-kept' : format === 'pdf' ? 'pdf' : 'other-format' }) };
  }

  warnIfNoDecoder();
  const release = await acquireSlot(signal).catch(() => {
    throw aborted();
  });
  let image: PreparedImage;
  try {
    if (signal?.aborted) throw aborted();
    const inWorker = settings.worker && typeof Worker === 'function' && typeof OffscreenCanvas === 'function';
    image = (inWorker && (await runInWorker({ file, format, options: settings }, file.name, signal))) || (await onMainThread(file, format, settings, signal));
  } catch (error) {
    throw isPrepareError(error) ? error : new PrepareError('UNSUPPORTED', file.name, { cause: error });
  } finally {
    release();
  }

  Object.assign(before, image.before);
  const { blob, removed, reencoded, after, hints, converted } = image;
  if (!reencoded && removed.length === 0) return { file, report: report({ ...before }, { hints }) };
  const type = blob.type || before.type;
  const name = type === before.type ? file.name : file.name.replace(/(\.[^.]*)?$/, extensions[type] ?? '');
  const prepared = new File([blob], name, { type });
  return { file: prepared, report: report({ bytes: prepared.size, type, ...after }, { removed, reencoded, hints, ...(converted && { converted }) }) };
}
