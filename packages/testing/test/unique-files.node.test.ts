import { createJpegBytes } from '@iddocs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createJson, serve, type Served } from './support.js';

let served: Served | undefined;
afterEach(() => served?.server.close());

/** Uploads a photo and returns the path `create` takes. */
async function uploadedPath(fake: Served): Promise<string> {
  const response = await fake.upload(createJpegBytes({ width: 8, height: 8 }), 'scan.jpg');
  expect(response.status).toBe(201);
  return ((await response.json()) as { path: string }).path;
}

const createTwice = async (fake: Served, path: string) => {
  const first = await fake.call('/api/v2/my/documents', createJson({ file: path, typeId: 1 }));
  const second = await fake.call('/api/v2/my/documents', createJson({ file: path, typeId: 1 }));
  return [first, second] as const;
};

describe('create of a file that already has a document', () => {
  it('with uniqueFiles, answers 409 FILE_ALREADY_USED and keeps one document', async () => {
    served = await serve({ seed: false, uniqueFiles: true });
    const path = await uploadedPath(served);
    const [first, second] = await createTwice(served, path);
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ code: 'FILE_ALREADY_USED' });
    expect(served.api.documents().map((doc) => doc.file)).toEqual([path]);
  });

  it('by default, makes a second document, as a server without the check would', async () => {
    served = await serve({ seed: false });
    const path = await uploadedPath(served);
    const [first, second] = await createTwice(served, path);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(served.api.documents().map((doc) => doc.file)).toEqual([path, path]);
  });
});
