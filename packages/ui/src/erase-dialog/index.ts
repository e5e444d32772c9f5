export { EraseDataDialog } from './erase-data-dialog.js';
export type { EraseDataDialogProps, ErasureTarget } from './erase-data-dialog.js';
export { erasureOutcomes, erasureSummary } from './erasure-summary.js';
export type { ErasureOutcome } from './erasure-summary.js';
