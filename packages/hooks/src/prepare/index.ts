export { prepareFile } from './prepare-file.js';
export type { PrepareFileOptions, PreparedFile } from './prepare-file.js';
export { defaultPrepareOptions } from './prepare-options.js';
export type { FileFacts, PrepareOptions, PrepareReport, RemovedMetadata } from './prepare-options.js';
export { PREPARE_ERROR_ADVICE, PrepareError, isPrepareError } from './prepare-error.js';
export type { PrepareErrorCode } from './prepare-error.js';
export { defaultQualityThresholds } from './quality/assess-quality.js';
export type { QualityHint, QualityHintKind, QualityThresholds } from './quality/assess-quality.js';
