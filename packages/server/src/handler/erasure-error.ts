import { ERASURE_ERROR_CODES, type ErasureErrorCode } from './erasure-error-codes.js';

/**
 * A refusal of the erasure handler: `code` from {@link ERASURE_ERROR_CODES}, `status` from the same table.
 * @example
 * throw new ErasureError('INVALID_IDS', 'identityDocumentIds[2] is not a GUID.');
 */
export class ErasureError extends Error {
  /** Why, from {@link ERASURE_ERROR_CODES}. */
  readonly code: ErasureErrorCode;
  /** The HTTP status the code maps to. */
  readonly status: number;

  constructor(code: ErasureErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ErasureError';
    this.code = code;
    this.status = ERASURE_ERROR_CODES[code].status;
  }
}

/** True for an {@link ErasureError}, also across realms (compares `name`). */
export function isErasureError(value: unknown): value is ErasureError {
  return value instanceof ErasureError || (value instanceof Error && value.name === 'ErasureError' && 'code' in value);
}
