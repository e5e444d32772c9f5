import { beforeEach, describe, expect, it } from 'vitest';
import { createJpegBytes } from '@iddocs/testing';
import { createDocumentsClient } from '../../src/client/index.js';
import { controlFake, documentsApiUrl, seenRoutes } from './documents-api-url.js';

const photo = () => new File([createJpegBytes({ width: 64, height: 40 }), new Uint8Array(4096)], 'resent.jpg', { type: 'image/jpeg' });
/** The ids, as strings, of the fake's documents of this file name. */
const idsNamed = async (name: string) => {
  const response = await fetch(`${documentsApiUrl()}/api/v2/my/documents?limit=100`, { headers: { Authorization: 'Bearer test-token' } });
  return ((await response.json()) as { id: number; fileName: string }[]).filter((document) => document.fileName === name).map(({ id }) => String(id));
};

beforeEach(() => controlFake('reset'));

// Chromium resends a request, POST included, when a kept-alive connection closes before any answer: the page never
// learns of the first. If the server had applied it, that makes a second document, unless the server refuses a second
// document of one file (409, this fake's `uniqueFiles`): the client then finds the first.
describe('a create that Chromium resends after the server applied it and dropped the connection', () => {
  it('ends with one document, and the upload resolves with it', async () => {
    const client = createDocumentsClient({ baseUrl: documentsApiUrl(), getAccessToken: () => 'test-token', retry: false });
    await controlFake('faults', { route: 'create', fault: { type: 'drop', when: 'after' } });

    const document = await client.upload(photo(), { typeId: 1 });

    // The fake saw two creates, where the client sent one: the browser's resend happened.
    expect((await seenRoutes()).filter((route) => route === 'create')).toHaveLength(2);
    expect(await idsNamed('resent.jpg')).toEqual([document.id]);
  });
});
