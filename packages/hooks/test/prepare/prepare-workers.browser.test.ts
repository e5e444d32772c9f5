// Its own file: browser test files run in separate frames, so the worker pool starts empty here.
import { afterEach, expect, it, vi } from 'vitest';
import { prepareFile } from '@iddocs/hooks/prepare';
import { cameraJpeg, fileOf } from './browser-images.js';
import { jpegMetadataLeft } from './image-fixtures.js';

const RealWorker = Worker;

/** Replaces `Worker` with one that records the script URLs it is asked for, and starts `replacement` if given. */
function recordWorkers(replacement?: string) {
  const started: string[] = [];
  vi.stubGlobal(
    'Worker',
    class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(String(url));
        super(replacement ?? url, options);
      }
    },
  );
  return started;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('given a worker that cannot start (blocked by a Content Security Policy, not bundled), it should fall back to the main thread and say why once', async () => {
  const started = recordWorkers('data:text/javascript,throw new Error("blocked")');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { file, report } = await prepareFile(fileOf(await cameraJpeg(400, 300), 'a.jpg'));
  await prepareFile(fileOf(await cameraJpeg(400, 300), 'b.jpg'));

  expect(started).toEqual([expect.stringContaining('prepare-worker'), expect.stringContaining('prepare-worker')]);
  expect(report.removed).toContain('location');
  expect(jpegMetadataLeft(new Uint8Array(await file.arrayBuffer()))).toEqual([]);
  // A Vite dev server that pre-bundles the package answers the worker's URL with a 404: the console names the fix.
  expect(warn.mock.calls).toEqual([[expect.stringMatching(/main thread.*optimizeDeps: \{ exclude: \['@iddocs\/hooks'\] \}.*worker-src 'self'/)]]);
});

it('should prepare HEIC in a worker of its own, so that JPEG, PNG and WebP never load the HEIC decoder', async () => {
  const started = recordWorkers();
  await prepareFile(fileOf(await cameraJpeg(400, 300), 'a.jpg'));
  expect(started).toEqual([expect.stringMatching(/\/prepare-worker\.[jt]s/)]);

  const response = await fetch(new URL('./fixtures/quadrants.heic', import.meta.url));
  await prepareFile(new File([await response.arrayBuffer()], 'b.heic'));
  expect(started).toEqual([expect.stringMatching(/\/prepare-worker\.[jt]s/), expect.stringMatching(/\/prepare-heic-worker\.[jt]s/)]);
});
