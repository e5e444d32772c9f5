import { createStreamingUpload } from '@iddocs/testing/msw';
import type { UploadFunction } from '../../src/client/client-types.js';
import { BASE_URL } from '../cache/fake-documents-server.js';

/**
 * The upload step for jsdom tests (jsdom's XHR can't carry a file to MSW; see `createStreamingUpload`). A refused
 * upload comes back as the client's own endpoint step reports it: a 5xx is `SERVER`, a 429 `RATE_LIMITED`, and so on.
 */
export const nodeFetchUpload: UploadFunction = createStreamingUpload({ baseUrl: BASE_URL });
