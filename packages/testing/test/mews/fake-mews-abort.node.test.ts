import { createFakeMews, DEFAULT_IDENTITY_DOCUMENTS } from '@iddocs/testing';
import { expect, it } from 'vitest';
import { credentials, DELETE_PATH } from './mews-support.js';

const [first] = DEFAULT_IDENTITY_DOCUMENTS.map((doc) => doc.Id);

it('answers a request aborted during an injected latency with a network error, not a rejection, and deletes nothing', async () => {
  const mews = createFakeMews();
  mews.inject('delete', { type: 'latency', ms: 10_000 });
  const controller = new AbortController();
  const request = new Request(`https://api.mews-demo.com${DELETE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...credentials(), IdentityDocumentIds: [first] }),
    signal: controller.signal,
  });
  const answered = mews.handler(request);
  await expect.poll(() => mews.requests[0]?.body).toBeDefined();
  controller.abort();
  expect((await answered).type).toBe('error');
  expect(mews.requests[0]?.status).toBeUndefined();
  expect(mews.identityDocuments()).toHaveLength(3);
});
