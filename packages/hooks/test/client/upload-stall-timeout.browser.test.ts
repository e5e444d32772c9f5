import { beforeEach, describe, expect, it } from 'vitest';
import { createJpegBytes } from '@iddocs/testing';
import { createDocumentsClient } from '../../src/client/index.js';
import { controlFake, documentsApiUrl } from './documents-api-url.js';

/** A JPEG of `size` bytes (loopback socket buffers swallow the first 4–6 MiB at once; see the upload tests). */
function jpeg(name: string, size: number): File {
  const bytes = new Uint8Array(size);
  bytes.set(createJpegBytes());
  return new File([bytes], name, { type: 'image/jpeg' });
}

const STALL_MS = 1500;
const client = () => createDocumentsClient({ baseUrl: documentsApiUrl(), getAccessToken: () => 'test-token', timeout: STALL_MS });

beforeEach(() => controlFake('reset'));

// A phone in a tunnel: the connection neither moves nor fails, and the bar would stand still for minutes.
describe('an upload over a stalled connection, in a real browser (XMLHttpRequest)', () => {
  it('fails with TIMEOUT once no byte has moved for `timeout` ms', async () => {
    // The fake reads 1 KiB a second: the socket buffers fill within moments, then nothing moves.
    await controlFake('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 1024 } });
    const progress: number[] = [];
    const started = performance.now();
    const error = await client()
      .uploadFile(jpeg('stalled.jpg', 16 * 1024 * 1024), { onProgress: ({ percent }) => progress.push(percent) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'DocumentsError', code: 'TIMEOUT' });
    expect(progress.at(-1)).toBeLessThan(100);
    // At 1 KiB/s the rest would take hours: it failed on the stall, a few seconds in.
    expect(performance.now() - started).toBeLessThan(STALL_MS + 8000);
  });

  it('does not cut off a slow upload that keeps moving, however long it takes in all', async () => {
    // 16 MiB at 3 MiB/s: about five seconds, more than three times the stall limit.
    await controlFake('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 3 * 1024 * 1024 } });
    const started = performance.now();
    await expect(client().uploadFile(jpeg('slow.jpg', 16 * 1024 * 1024))).resolves.toEqual(expect.any(String));
    expect(performance.now() - started).toBeGreaterThan(STALL_MS * 2);
  });
});
