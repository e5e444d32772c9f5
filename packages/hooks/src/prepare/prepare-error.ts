/**
 * Every way preparing one file can fail, with what the person can do about it. One table so that the uploader,
 * its translations and logs agree on names.
 */
export const PREPARE_ERROR_ADVICE = {
  CORRUPT_IMAGE: 'could not be read as an image: it may be damaged. Choose another file or take the photo again.',
  UNSUPPORTED: 'could not be cleaned of its metadata here (an image format or a browser that preparation does not support). Save it as JPEG, or try another browser.',
  DECODER_FAILED: 'is a HEIC photo and the HEIC decoder could not be loaded. Try again, or save the photo as JPEG.',
  ABORTED: 'was not prepared: preparation was cancelled.',
} as const;

/** Why a preparation failed (`PrepareError.code`); `PREPARE_ERROR_ADVICE` says what the person can do about each. */
export type PrepareErrorCode = keyof typeof PREPARE_ERROR_ADVICE;

/** Preparing one file failed; nothing of it should be uploaded. */
export class PrepareError extends Error {
  override readonly name = 'PrepareError';
  /** What went wrong, from {@link PREPARE_ERROR_ADVICE}. */
  readonly code: PrepareErrorCode;
  /** Name of the file that failed. */
  readonly fileName: string;

  constructor(code: PrepareErrorCode, fileName: string, options?: { cause?: unknown }) {
    super(`"${fileName}" ${PREPARE_ERROR_ADVICE[code]}`, options);
    this.code = code;
    this.fileName = fileName;
  }
}

/** Type guard that also works across realms (workers, iframes, duplicated bundles), by name. */
export function isPrepareError(value: unknown): value is PrepareError {
  return value instanceof Error && value.name === 'PrepareError';
}
