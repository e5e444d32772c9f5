import { createFakeDocumentsApi } from '@iddocs/testing';
import { expect, it } from 'vitest';

it('answers a create aborted during an injected latency with a network error, not a 500, and creates nothing', async () => {
  const api = createFakeDocumentsApi();
  const [doc] = api.documents();
  const before = api.documents();
  api.inject('create', { type: 'latency', ms: 10_000 });
  const controller = new AbortController();
  const answered = api.handler(
    new Request('http://fake.local/api/v2/my/documents', {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ file: doc?.file, typeId: 1 }),
      signal: controller.signal,
    }),
  );
  await expect.poll(() => api.requests.length).toBe(1);
  controller.abort();
  expect((await answered).type).toBe('error');
  expect(api.documents()).toEqual(before);
});
