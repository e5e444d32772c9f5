/**
 * Every way a documents call can fail, with the HTTP status it usually comes from.
 * One table so that hooks, widgets and logs agree on names.
 */
export const DOCUMENTS_ERROR_CODES = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  SERVER: 500,
  NETWORK: 0,
  TIMEOUT: 0,
  ABORTED: 0,
  INVALID_RESPONSE: 0,
  FILE_REJECTED: 0,
} as const;

/** Every way a documents call can fail (`DocumentsError.code`); each is in `DOCUMENTS_ERROR_CODES`. */
export type DocumentsErrorCode = keyof typeof DOCUMENTS_ERROR_CODES;

/** Why a file was refused before anything was sent. */
export type FileRejectionReason = 'empty' | 'too-large' | 'too-small' | 'unsupported-type';

/** What a `DocumentsError` may carry besides its code and message. */
export interface DocumentsErrorOptions {
  /** HTTP status, when a response was received. */
  status?: number;
  /** The server's own message, when it sent one. */
  serverMessage?: string;
  /** For `FILE_REJECTED`: the specific reason. */
  rejection?: FileRejectionReason;
  /** For `RATE_LIMITED`: how long the server asked us to wait, in milliseconds. */
  retryAfterMs?: number;
  /** The underlying error. */
  cause?: unknown;
}

/** The one error type the documents client, cache and hooks ever throw or report. */
export class DocumentsError extends Error {
  override readonly name = 'DocumentsError';
  /** What went wrong, from {@link DOCUMENTS_ERROR_CODES}. */
  declare readonly code: DocumentsErrorCode;
  /** HTTP status, when a response was received. */
  declare readonly status: number | undefined;
  /** The server's own message, when it sent one. */
  declare readonly serverMessage: string | undefined;
  /** For `FILE_REJECTED`: the specific reason. */
  declare readonly rejection: FileRejectionReason | undefined;
  /** For `RATE_LIMITED`: how long the server asked us to wait, in milliseconds. */
  declare readonly retryAfterMs: number | undefined;

  constructor(code: DocumentsErrorCode, message: string, options: DocumentsErrorOptions = {}) {
    // `options` doubles as the ErrorOptions (it has `cause` exactly when one was given) and as the fields.
    super(message, options);
    Object.assign(this, options, { code });
  }
}

/** Type guard that also works across realms (iframes, duplicated bundles), by name and shape. */
export function isDocumentsError(value: unknown): value is DocumentsError {
  return (
    value instanceof DocumentsError ||
    (value instanceof Error && value.name === 'DocumentsError' && typeof (value as { code?: unknown }).code === 'string')
  );
}
