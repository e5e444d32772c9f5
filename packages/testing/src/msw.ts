export { createDocumentsHandlers } from './create-documents-handlers.js';
export type { DocumentsHandlersOptions } from './create-documents-handlers.js';
export { createStreamingUpload, StreamingUploadError } from './create-streaming-upload.js';
export type { StreamingUpload, StreamingUploadOptions, StreamingUploadProgress } from './create-streaming-upload.js';
