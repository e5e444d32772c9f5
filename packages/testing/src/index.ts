export { createFakeDocumentsApi } from './create-fake-documents-api.js';
export { toFetch } from './to-fetch.js';
export { createJpegBytes } from './create-jpeg-bytes.js';
export { createPngBytes } from './create-png-bytes.js';
export { createPdfBytes } from './create-pdf-bytes.js';
export { sampleFileBytes } from './sample-file-bytes.js';
export { sniffFileKind } from './sniff-file-kind.js';
export { DEFAULT_SEED } from './default-seed.js';
export { DEFAULT_TYPE_IDS, DOCUMENT_TYPE_NAMES } from './document-type-names.js';
export { FAKE_ERROR_CODES } from './responses.js';
export type {
  DocumentsRoute,
  FakeDocument,
  FakeDocumentSeed,
  FakeDocumentsApi,
  FakeDocumentsApiOptions,
  FakeDocumentsSnapshot,
  FakeDocumentsStorage,
  Fault,
  FetchHandler,
  InjectOptions,
  RecordedRequest,
} from './fake-documents-types.js';
export type { ImageOptions, Rgb } from './create-png-bytes.js';
export type { JpegOptions } from './create-jpeg-bytes.js';
export type { PdfOptions } from './create-pdf-bytes.js';
export type { SniffedMimeType } from './sniff-file-kind.js';
export type { FakeErrorCode } from './responses.js';
export * from './mews/index.js';
export * from './idenfy/index.js';
export { createSamplePhoto } from './sample-photo/create-sample-photo.js';
export { createPhoneExif, SAMPLE_GPS_POSITION } from './sample-photo/create-phone-exif.js';
export { createTiffBytes } from './sample-photo/create-tiff-bytes.js';
export { readJpegExif } from './sample-photo/read-jpeg-exif.js';
export { corruptJpegData } from './sample-photo/corrupt-jpeg-data.js';
export type { SamplePhotoDegradation, SamplePhotoExif, SamplePhotoOptions } from './sample-photo/create-sample-photo.js';
export type { PhoneExifOptions } from './sample-photo/create-phone-exif.js';
export type { TiffEntry, TiffOptions } from './sample-photo/create-tiff-bytes.js';
export type { ExifValue, JpegExif } from './sample-photo/read-jpeg-exif.js';
