export { DeleteDocumentDialog } from './delete-document-dialog.js';
export type { DeleteDocumentDialogProps } from './delete-document-dialog.js';
export type { TypeLabels } from './document-label.js';
