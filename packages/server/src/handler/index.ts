export { createErasureHandler } from './create-erasure-handler.js';
export { ERASURE_ERROR_CODES } from './erasure-error-codes.js';
export { ErasureError, isErasureError } from './erasure-error.js';
export { GUID_PATTERN, SCAN_REF_PATTERN } from './id-patterns.js';
export { errorResponse } from './json-response.js';
export type { ErasureErrorCode } from './erasure-error-codes.js';
export type {
  AuthorizeInput,
  ErasureAuditEvent,
  ErasureErrorStage,
  ErasureHandler,
  ErasureHandlerOptions,
  ErasureOperation,
  SanitizedError,
} from './erasure-handler-types.js';
export type { ErasureErrorBody } from './json-response.js';
