import { describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { createUploadQueue, type UploadQueueSettings } from '../../src/cache/upload-queue.js';
import { jpegFile } from '../client/test-files.js';
import { createTestClient, setupFakeDocumentsServer } from './fake-documents-server.js';

const api = setupFakeDocumentsServer();

/** Queues `count` files on a fresh queue and returns it with the statuses right after queueing. */
function queueFiles(count: number, settings?: () => UploadQueueSettings) {
  const queue = createUploadQueue(createDocumentsStore(createTestClient()), settings);
  for (let index = 0; index < count; index += 1) queue.getSnapshot().upload(jpegFile(`scan-${index}.jpg`), { typeId: 1 });
  return { queue, statuses: queue.getSnapshot().uploads.map((upload) => upload.status) };
}

describe('how many files the upload queue sends at once', () => {
  it('3 by default; the rest wait as queued', async () => {
    const { queue, statuses } = queueFiles(4);

    expect(statuses).toEqual(['pending', 'pending', 'pending', 'queued']);
    await vi.waitFor(() => expect(queue.getSnapshot().status).toBe('success'));
    expect(api.documents().filter((document) => document.fileName.startsWith('scan-'))).toHaveLength(4);
  });

  it('a concurrency below 1 still sends one at a time rather than none ever', async () => {
    const { queue, statuses } = queueFiles(2, () => ({ concurrency: 0 }));

    expect(statuses).toEqual(['pending', 'queued']);
    await vi.waitFor(() => expect(queue.getSnapshot().status).toBe('success'));
  });
});
