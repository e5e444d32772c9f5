import { File as NodeFile } from 'node:buffer';
import { createJpegBytes } from '@iddocs/testing';
import { createStreamingUpload } from '@iddocs/testing/msw';
import { describe, expect, it } from 'vitest';
import { BASE_URL, createTestClient, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';

const api = setupFakeDocumentsServer();
const client = createTestClient({ upload: createStreamingUpload({ baseUrl: BASE_URL }) });
const photo = () => new NodeFile([createJpegBytes(), new Uint8Array(4096)], 'passport.jpg', { type: 'image/jpeg' }) as unknown as Blob;

// An integrator's jsdom test of a refused upload step must see what a browser would: the client's code for the
// answer, not "no connection".
describe('a client whose upload step is createStreamingUpload, given a refused upload', () => {
  it.each([
    [429, 'RATE_LIMITED', { retryAfterMs: 30_000 }],
    [503, 'SERVER', {}],
    [403, 'FORBIDDEN', {}],
  ] as const)('given %i, rejects with %s, as its own upload step would', async (status, code, extra) => {
    api.inject('upload', { type: 'status', status, ...(status === 429 && { retryAfterSeconds: 30 }) });
    await expect(client.uploadFile(photo())).rejects.toMatchObject({ name: 'DocumentsError', code, status, ...extra });
  });
});
