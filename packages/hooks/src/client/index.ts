export { createDocumentsClient } from './create-documents-client.js';
export { DOCUMENTS_ERROR_CODES, DocumentsError, isDocumentsError } from './documents-error.js';
export type { DocumentsErrorCode, DocumentsErrorOptions, FileRejectionReason } from './documents-error.js';
export type { Document, DocumentPage, DocumentStatus, UploadProgress } from './document.js';
export type {
  DocumentsClient,
  DocumentsClientOptions,
  FileKind,
  FileRules,
  ListOptions,
  RequestOptions,
  RetryOptions,
  UploadEndpointOptions,
  UploadFileOptions,
  UploadFunction,
  UploadOptions,
} from './client-types.js';
