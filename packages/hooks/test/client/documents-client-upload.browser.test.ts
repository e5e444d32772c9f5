import { beforeEach, describe, expect, it } from 'vitest';
import { createJpegBytes } from '@iddocs/testing';
import { createDocumentsClient, type DocumentsClient, type UploadProgress } from '../../src/client/index.js';
import { controlFake, documentsApiUrl, seenRoutes } from './documents-api-url.js';

// Loopback socket buffers on Linux swallow the first 4–6 MiB at once (TCP autotuning), so a small file shows
// a single jump to 100; 16 MiB through a 3 MiB/s reader leaves several seconds of observable byte progress.
const FILE_SIZE = 16 * 1024 * 1024;

function bigJpeg(name: string): File {
  const bytes = new Uint8Array(FILE_SIZE);
  bytes.set(createJpegBytes());
  return new File([bytes], name, { type: 'image/jpeg' });
}

let client: DocumentsClient;

beforeEach(async () => {
  await controlFake('reset');
  await controlFake('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 3 * 1024 * 1024 } });
  client = createDocumentsClient({ baseUrl: documentsApiUrl(), getAccessToken: () => 'test-token' });
});

describe('uploads in a real browser over HTTP/1.1 (XMLHttpRequest)', () => {
  it('reports monotonic byte progress in the file’s own bytes, ending at 100, then the document exists', async () => {
    const progress: UploadProgress[] = [];

    const document = await client.upload(bigJpeg('passport-scan.jpg'), { typeId: 1, onProgress: (step) => progress.push(step) });

    const percents = progress.map(({ percent }) => percent);
    expect(new Set(percents).size).toBeGreaterThanOrEqual(3);
    expect(percents).toEqual(percents.toSorted((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ loaded: FILE_SIZE, total: FILE_SIZE, percent: 100 });
    // The multipart envelope is not counted: the total is the size a person sees beside the file, from the first step.
    expect(progress.filter(({ total, loaded }) => total !== FILE_SIZE || loaded > FILE_SIZE)).toEqual([]);
    await expect(client.get(document.id)).resolves.toMatchObject({ id: document.id, fileName: 'passport-scan.jpg', size: FILE_SIZE });
  });

  it('cancelling mid-upload stops the transfer, rejects with ABORTED and creates no document', async () => {
    const controller = new AbortController();
    const before = await client.list({ limit: 100 });
    let abortedAt = 0;
    const abortOnFirstProgress = () => {
      abortedAt ||= performance.now();
      controller.abort();
    };

    const error = await client
      .upload(bigJpeg('cancelled.jpg'), { typeId: 1, signal: controller.signal, onProgress: abortOnFirstProgress })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'ABORTED' });
    // The rest of the file would take over 3 s at the throttled rate: an upload that kept going would end long after.
    expect(performance.now() - abortedAt).toBeLessThan(1500);
    const after = await client.list({ limit: 100 });
    expect(after.documents.map((document) => document.id)).toEqual(before.documents.map((document) => document.id));
    expect(await seenRoutes()).not.toContain('create');
  });

  it('a connection dropped during the upload is NETWORK', async () => {
    await controlFake('reset');
    // Chromium silently resends a request once when a reused keep-alive connection is reset, so drop twice.
    await controlFake('faults', { route: 'upload', fault: { type: 'drop' }, times: 2 });

    await expect(client.uploadFile(bigJpeg('dropped.jpg'))).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
