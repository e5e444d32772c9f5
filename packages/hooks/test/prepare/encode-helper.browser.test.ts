// Its own file: browser test files run in separate frames, so the worker pool starts empty here, and the tests
// below that break the helper worker leave no worker behind for the next one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareFile } from '@iddocs/hooks/prepare';
import { cameraJpeg, fileOf } from './browser-images.js';
import { jpegMetadataLeft, readJpeg } from './image-fixtures.js';

const RealWorker = Worker;
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** A photo that is both re-encoded (1200 px > maxEdge) and analysed (hints are on by default). */
const largePhoto = async () => fileOf(await cameraJpeg(1200, 800, { noise: true }), 'card.jpg');
const options = { maxEdge: 600 };

/** Worker.prototype.postMessage, recorded: which worker got which kind of message. */
function recordMessages() {
  const post = vi.spyOn(Worker.prototype, 'postMessage');
  const to = (kind: 'file' | 'serve') => post.mock.contexts.filter((_, index) => kind in (post.mock.calls[index]![0] as object));
  return { jobs: () => to('file'), helpers: () => to('serve') };
}

/** Replaces `Worker`: the `failing`-th worker started (1-based) throws as it loads, or cannot be constructed. */
function breakWorker(failing: number, how: 'throws-on-load' | 'cannot-start') {
  let started = 0;
  vi.stubGlobal(
    'Worker',
    class extends RealWorker {
      constructor(url: string | URL, workerOptions?: WorkerOptions) {
        started += 1;
        if (started === failing && how === 'cannot-start') throw new DOMException('blocked by the Content Security Policy', 'SecurityError');
        super(started === failing ? 'data:text/javascript,throw new Error("helper broken")' : url, workerOptions);
      }
    },
  );
  return () => started;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('prepareFile with an encode helper', () => {
  it('given a helper that fails as it loads, it should still prepare the photo (on the main thread) and drop both workers', async () => {
    const started = breakWorker(2, 'throws-on-load');
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const { file, report } = await prepareFile(await largePhoto(), options);

    expect(started()).toBe(2);
    expect(terminate).toHaveBeenCalledTimes(2);
    expect(readJpeg(await bytesOf(file))).toMatchObject({ width: 600, height: 400 });
    expect(jpegMetadataLeft(await bytesOf(file))).toEqual([]);
    expect(report).toMatchObject({ reencoded: true, after: { width: 600, height: 400 } });
  });

  it('given no second worker to be had, it should let the first worker encode for itself', async () => {
    const started = breakWorker(2, 'cannot-start');
    const messages = recordMessages();
    const { file, report } = await prepareFile(await largePhoto(), options);

    expect(started()).toBe(2);
    expect(messages.helpers()).toEqual(messages.jobs());
    expect(readJpeg(await bytesOf(file))).toMatchObject({ width: 600, height: 400 });
    expect(report.reencoded).toBe(true);
  });

  it('should encode in a second worker while the first measures quality, with the same file and hints as the main thread', async () => {
    const photo = await largePhoto();
    const messages = recordMessages();
    const inWorkers = await prepareFile(photo, options);
    const [job] = messages.jobs();
    const [helper] = messages.helpers();
    const onMainThread = await prepareFile(photo, { ...options, worker: false });

    expect(helper).toBeInstanceOf(RealWorker);
    expect(helper).not.toBe(job);
    expect(await bytesOf(inWorkers.file)).toEqual(await bytesOf(onMainThread.file));
    expect(inWorkers.report.hints).toEqual(onMainThread.report.hints);
    expect(inWorkers.report).toMatchObject({ reencoded: true, after: { width: 600, height: 400 } });
  });

  it('should not ask for a helper when there is nothing to encode, or no quality to measure meanwhile', async () => {
    const messages = recordMessages();
    await prepareFile(fileOf(await cameraJpeg(400, 300), 'small.jpg'));
    await prepareFile(await largePhoto(), { ...options, qualityHints: false });

    expect(messages.jobs()).toHaveLength(2);
    expect(messages.helpers()).toEqual([]);
  });

  it('given an abort while the helper encodes, it should reject with ABORTED and terminate both workers', async () => {
    const controller = new AbortController();
    const realPost = Worker.prototype.postMessage;
    const post = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      realPost.apply(this, args);
      if ('serve' in (args[0] as object)) controller.abort();
    });
    const terminate = vi.spyOn(Worker.prototype, 'terminate');

    await expect(prepareFile(await largePhoto(), { ...options, signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED', fileName: 'card.jpg' });
    const workers = new Set(post.mock.contexts);
    expect(workers.size).toBe(2);
    expect(new Set(terminate.mock.contexts)).toEqual(workers);
  });
});
