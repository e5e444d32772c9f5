import { createStreamingUpload, StreamingUploadError } from '@iddocs/testing/msw';
import type { UploadFunction } from '../../src/client/client-types.js';
import { DocumentsError } from '../../src/client/documents-error.js';
import { BASE_URL } from '../cache/fake-documents-server.js';

const streamingUpload = createStreamingUpload({ baseUrl: BASE_URL });

/**
 * The upload step for jsdom tests (jsdom's XHR can't carry a file to MSW; see `createStreamingUpload`), with a refused
 * upload reported as the client's own endpoint step reports it: a 5xx is `SERVER`, another status `VALIDATION`.
 */
export const nodeFetchUpload: UploadFunction = (file, options) =>
  streamingUpload(file, options).catch((error: unknown) => {
    if (!(error instanceof StreamingUploadError)) throw error;
    throw new DocumentsError(error.status >= 500 ? 'SERVER' : 'VALIDATION', error.message, { status: error.status });
  });
