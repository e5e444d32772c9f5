import { createStreamingUpload } from '@iddocs/testing/msw';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { createUploadQueue } from '../../src/cache/upload-queue.js';
import type { UploadFunction } from '../../src/client/client-types.js';
import { DocumentsError } from '../../src/client/documents-error.js';
import { jpegFile } from '../client/test-files.js';
import { BASE_URL, createTestClient, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';

const api = setupFakeDocumentsServer();
const streamingUpload = createStreamingUpload({ baseUrl: BASE_URL });

/** Lets the held-back upload go on. */
let releaseSlow = () => {};

/** Uploads to the fake; a file whose name has `slow` waits for `releaseSlow` first, one whose name has `refused` is then refused. */
const uploadByName: UploadFunction = async (file, options) => {
  if (options.fileName.includes('slow')) {
    await new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
  }
  if (options.fileName.includes('refused')) throw new DocumentsError('VALIDATION', 'Refused.', { status: 400 });
  return streamingUpload(file, options);
};

function createQueue() {
  return createUploadQueue(createDocumentsStore(createTestClient({ upload: uploadByName })));
}

describe('the upload queue’s aggregate state', () => {
  it.each([
    ['success', 'refused.jpg', 'slow.jpg'],
    ['error', 'slow-refused.jpg', 'quick.jpg'],
  ] as const)('is %s when the file that finished last did', async (expected, first, second) => {
    const queue = createQueue();
    queue.getSnapshot().upload(jpegFile(first), { typeId: 1 });
    queue.getSnapshot().upload(jpegFile(second), { typeId: 1 });
    const settled = () => queue.getSnapshot().uploads.filter((upload) => upload.status === 'success' || upload.status === 'error');
    await vi.waitFor(() => expect(settled()).toHaveLength(1));

    releaseSlow();
    await vi.waitFor(() => expect(settled()).toHaveLength(2));

    expect(queue.getSnapshot().status).toBe(expected);
  });

  it('progress is all zero once no file is queued or sending', async () => {
    const queue = createQueue();

    await queue.getSnapshot().uploadAsync(jpegFile('done.jpg'), { typeId: 1 });

    expect(queue.getSnapshot().progress).toEqual({ loaded: 0, total: 0, percent: 0 });
  });
});

describe('retry', () => {
  it('does nothing to an upload that succeeded (no second document)', async () => {
    const queue = createQueue();
    const id = queue.getSnapshot().upload(jpegFile('once.jpg'), { typeId: 1 });
    await vi.waitFor(() => expect(queue.getSnapshot().status).toBe('success'));

    queue.getSnapshot().retry(id);

    expect(queue.getSnapshot().uploads[0]).toMatchObject({ status: 'success' });
    expect(requestsTo(api, 'create')).toHaveLength(1);
    expect(api.documents().filter((document) => document.fileName === 'once.jpg')).toHaveLength(1);
  });

  it('sends the file again when create answered 404 for its stored path', async () => {
    const queue = createQueue();
    api.inject('create', { type: 'status', status: 404 });
    const id = queue.getSnapshot().upload(jpegFile('gone.jpg'), { typeId: 1 });
    await vi.waitFor(() => expect(queue.getSnapshot().uploads[0]).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } }));

    queue.getSnapshot().retry(id);
    await vi.waitFor(() => expect(queue.getSnapshot().status).toBe('success'));

    expect(requestsTo(api, 'upload')).toHaveLength(2);
    expect(requestsTo(api, 'create')).toHaveLength(2);
  });
});
