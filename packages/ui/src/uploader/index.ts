export { DocumentUploader } from './document-uploader.js';
export type { DocumentType, DocumentUploaderProps, UploaderPart } from './uploader-types.js';
export { useDocumentDropzone } from './use-document-dropzone.js';
export type { DropFile, DropRejection, DropzonePropsWithData, UseDocumentDropzoneOptions, UseDocumentDropzoneResult } from './use-document-dropzone.js';
