export { createDocumentsHandlers } from './create-documents-handlers.js';
export type { DocumentsHandlersOptions } from './create-documents-handlers.js';
