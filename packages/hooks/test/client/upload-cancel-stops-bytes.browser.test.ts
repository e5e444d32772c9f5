import { beforeEach, describe, expect, it } from 'vitest';
import { createJpegBytes } from '@iddocs/testing';
import { createDocumentsClient, type DocumentsClient } from '../../src/client/index.js';
import { controlFake, documentsApiUrl } from './documents-api-url.js';

// 16 MiB through a 3 MiB/s reader takes over 3 s even after the loopback buffers swallow their first few MiB.
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

describe('cancelling an XMLHttpRequest upload', () => {
  it('stops the transfer: uploadFile rejects with ABORTED long before the file could have gone up', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const abortOnFirstProgress = () => {
      if (abortedAt) return;
      abortedAt = performance.now();
      controller.abort();
    };

    const error = await client.uploadFile(bigJpeg('cancelled.jpg'), { signal: controller.signal, onProgress: abortOnFirstProgress }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'ABORTED' });
    expect(performance.now() - abortedAt).toBeLessThan(1500);
  });
});
