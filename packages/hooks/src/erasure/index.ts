export { createErasureClient } from './create-erasure-client.js';
export type { EraseOptions, ErasureClient, ErasureClientOptions, MewsEraseOptions } from './create-erasure-client.js';
export { ErasureError, isErasureError } from './erasure-error.js';
export type { ErasureErrorCode } from './erasure-error.js';
export type { ErasureFailure, ErasureFailureCode, ErasureReport } from './erasure-report.js';
export { useClearIdentityDocuments, useErasure, useEraseIdentityDocuments, useEraseVerifications } from './use-erasure.js';
export type { ErasureMutation, ErasureState } from './use-erasure.js';
