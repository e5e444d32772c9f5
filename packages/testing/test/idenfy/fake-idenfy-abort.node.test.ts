import { createFakeIdenfy } from '@iddocs/testing';
import { expect, it } from 'vitest';

it('answers a request aborted during an injected latency with a network error, not a rejection or a 500, and deletes nothing', async () => {
  const idenfy = createFakeIdenfy({ apiKey: 'k', apiSecret: 's', verifications: { a: 'deletable' } });
  idenfy.inject({ type: 'latency', ms: 10_000 });
  const controller = new AbortController();
  const answered = idenfy.handler(
    new Request('https://ivs.idenfy.com/api/v2/delete', {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('k:s')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scanRefs: ['a'] }),
      signal: controller.signal,
    }),
  );
  await expect.poll(() => idenfy.requests[0]?.body).toBeDefined();
  controller.abort();
  expect((await answered).type).toBe('error');
  expect(idenfy.requests[0]?.status).toBeUndefined();
  expect(idenfy.verifications()).toEqual({ a: 'deletable' });
});
