import { createJpegBytes } from '@iddocs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

async function uploadedPath(): Promise<string> {
  return ((await (await served.upload(createJpegBytes(), 'scan.jpg')).json()) as { path: string }).path;
}

function post(body: unknown, contentType = 'application/json'): Promise<Response> {
  return served.call('/api/v2/my/documents', { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });
}

describe('create refuses what a real server refuses', () => {
  it.each(['application/jsonx', 'application/json-patch+json', 'application/json-seq', 'text/plain; profile=application/json', 'multipart/form-data'])(
    'answers 400 INVALID_CONTENT_TYPE to a JSON body sent as %s, creating nothing',
    async (contentType) => {
      const path = await uploadedPath();
      const before = served.api.documents().length;
      const response = await post({ file: path, typeId: 1 }, contentType);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'INVALID_CONTENT_TYPE' });
      expect(served.api.documents()).toHaveLength(before);
    },
  );

  it.each([
    ['an empty file path', { file: '', typeId: 1 }],
    ['a fractional typeId', { typeId: 1.5 }],
    ['a hexadecimal typeId string', { typeId: '0x1' }],
    ['an empty typeId string', { typeId: ' ' }],
  ])('answers 400 INVALID_FIELD to %s, creating nothing', async (_name, fields) => {
    const path = await uploadedPath();
    const before = served.api.documents().length;
    const response = await post({ file: path, ...fields });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_FIELD' });
    expect(served.api.documents()).toHaveLength(before);
  });
});
