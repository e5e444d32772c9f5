// Transport: the React-free client.
export * from './client/index.js';

// Cache: the framework-agnostic store the hooks read from.
export { createDocumentsStore } from './cache/documents-store.js';
export { documentKey, documentsListKey } from './cache/query-key.js';
export type { DocumentKey, DocumentsListKey, DocumentsQueryKey, ListParams } from './cache/query-key.js';
export type { DeleteOptions, DocumentsStore, DocumentsStoreOptions, InvalidateFilter, SubscribeOptions } from './cache/documents-store.js';
export type { QuerySnapshot, QueryState } from './cache/query-snapshot.js';
export type { UploadActions, UploadItem, UploadQueueSettings, UploadsSnapshot, UploadsStatus } from './cache/upload-queue.js';
export type { DeleteActions, DeleteMutationCallbacks, DeleteState } from './cache/delete-mutation.js';

// React: a provider and thin hooks over the store.
export { DocumentsProvider, useDocumentsClient, useDocumentsStore } from './react/documents-provider.js';
export type { DocumentsProviderProps } from './react/documents-provider.js';
export { useDocuments } from './react/use-documents.js';
export type { UseDocumentsControls, UseDocumentsOptions, UseDocumentsResult } from './react/use-documents.js';
export { useDocument } from './react/use-document.js';
export type { UseDocumentControls, UseDocumentOptions, UseDocumentResult } from './react/use-document.js';
export { useUploadDocument } from './react/use-upload-document.js';
export type { UseUploadDocumentOptions, UseUploadDocumentResult } from './react/use-upload-document.js';
export { useDeleteDocument } from './react/use-delete-document.js';
export type { UseDeleteDocumentOptions, UseDeleteDocumentResult } from './react/use-delete-document.js';
