import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UploadFunction, UploadProgress } from '../../src/client/index.js';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

/** An upload function that reports the given byte counts (of a 1000-byte total), then resolves with a path. */
function reporting(loadedSteps: number[]): UploadFunction {
  return async (_file, { onProgress }) => {
    for (const loaded of loadedSteps) onProgress({ loaded, total: 1000, percent: 0 });
    return 'uploads/x/scan.jpg';
  };
}

async function percentsOf(upload: UploadFunction): Promise<UploadProgress[]> {
  const events: UploadProgress[] = [];
  await fixture.client({ upload }).uploadFile(jpegFile(), { onProgress: (event) => events.push(event) });
  return events;
}

describe('progress of a custom upload function', () => {
  it('reports each whole percent once, in order, ending at 100', async () => {
    const events = await percentsOf(reporting([100, 100, 104, 500, 500, 1000]));

    expect(events.map(({ percent }) => percent)).toEqual([10, 50, 100]);
  });

  it('never reports past 100 % when a step counts more bytes than the total (an envelope, a resend)', async () => {
    const events = await percentsOf(reporting([500, 1200]));

    expect(events.map(({ percent }) => percent)).toEqual([50, 100]);
    expect(events.every(({ loaded, total }) => loaded <= total)).toBe(true);
  });
});
