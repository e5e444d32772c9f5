import { createStreamingUpload } from '@iddocs/testing/msw';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { createUploadQueue } from '../../src/cache/upload-queue.js';
import type { UploadFunction } from '../../src/client/client-types.js';
import { jpegFile } from '../client/test-files.js';
import { BASE_URL, createTestClient, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';

const api = setupFakeDocumentsServer();
const streamingUpload = createStreamingUpload({ baseUrl: BASE_URL });

describe('cancelling an upload stops its requests', () => {
  it('while the bytes are sent: the upload step’s signal aborts', async () => {
    const signals: AbortSignal[] = [];
    const recordingUpload: UploadFunction = (file, options) => {
      signals.push(options.signal);
      return streamingUpload(file, options);
    };
    const queue = createUploadQueue(createDocumentsStore(createTestClient({ upload: recordingUpload })));
    api.inject('upload', { type: 'throttle', bytesPerSecond: 4 * 1024 });
    const id = queue.getSnapshot().upload(jpegFile('cancelled.jpg'), { typeId: 1 });
    await vi.waitFor(() => expect(signals).toHaveLength(1));

    queue.getSnapshot().cancel(id);

    expect(signals[0]?.aborted).toBe(true);
  });

  it('while create is in flight: the create request is aborted', async () => {
    const createSignals: AbortSignal[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      if (input instanceof Request && input.method === 'POST' && input.url.endsWith('/api/v2/my/documents')) createSignals.push(input.signal);
      return fetch(input, init);
    };
    const queue = createUploadQueue(createDocumentsStore(createTestClient({ upload: streamingUpload, fetch: recordingFetch })));
    api.inject('create', { type: 'latency', ms: 1000 });
    const id = queue.getSnapshot().upload(jpegFile('cancelled.jpg'), { typeId: 1 });
    await vi.waitFor(() => expect(requestsTo(api, 'create')).toHaveLength(1));

    queue.getSnapshot().cancel(id);

    expect(createSignals).toHaveLength(1);
    expect(createSignals[0]?.aborted).toBe(true);
  });
});
