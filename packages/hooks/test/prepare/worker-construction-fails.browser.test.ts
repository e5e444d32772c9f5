// Its own file: browser test files run in separate frames, so the pool is empty and nothing was said in the console yet.
import { afterEach, expect, it, vi } from 'vitest';
import { prepareFile } from '@iddocs/hooks/prepare';
import { cameraJpeg, fileOf } from './browser-images.js';
import { jpegMetadataLeft } from './image-fixtures.js';

/** A `Worker` constructor that throws, as when its script is served from another origin than the page's. */
function CrossOriginWorker(): never {
  throw new DOMException("Script at 'https://cdn.example/prepare-worker.js' cannot be accessed from origin", 'SecurityError');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('given a worker that cannot even be constructed (its script on another origin), it should fall back to the main thread and say why', async () => {
  vi.stubGlobal('Worker', CrossOriginWorker);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { file, report } = await prepareFile(fileOf(await cameraJpeg(400, 300), 'a.jpg'));

  expect(report.removed).toContain('location');
  expect(jpegMetadataLeft(new Uint8Array(await file.arrayBuffer()))).toEqual([]);
  expect(warn.mock.calls).toEqual([[expect.stringMatching(/main thread/)]]);
});
