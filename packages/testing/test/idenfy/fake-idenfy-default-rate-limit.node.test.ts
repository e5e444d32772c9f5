import { createFakeIdenfy, type FakeIdenfy } from '@iddocs/testing';
import { expect, it } from 'vitest';

const HOUR = 3_600_000;

function deleteRequest(idenfy: FakeIdenfy): Promise<Response> {
  return idenfy.handler(
    new Request('https://ivs.idenfy.com/api/v2/delete', {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('k:s')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scanRefs: ['unknown'] }),
    }),
  );
}

// apis.md: "10,000 requests per hour by default; TOO_MANY_REQUESTS". 10,001 in-process requests take a few seconds.
it('by default admits 10,000 requests per hour, then answers 429 TOO_MANY_REQUESTS until the hour has passed', { timeout: 30_000 }, async () => {
  let now = 0;
  const idenfy = createFakeIdenfy({ apiKey: 'k', apiSecret: 's', now: () => now });
  const statuses = new Set<number>();
  for (let index = 0; index < 10_000; index += 1) statuses.add((await deleteRequest(idenfy)).status);
  expect([...statuses]).toEqual([400]);
  const limited = await deleteRequest(idenfy);
  expect(limited.status).toBe(429);
  expect(await limited.json()).toMatchObject({ identifier: 'TOO_MANY_REQUESTS' });
  now = HOUR - 1;
  expect((await deleteRequest(idenfy)).status).toBe(429);
  now = HOUR;
  expect((await deleteRequest(idenfy)).status).toBe(400);
});

it('reset clears the rate-limit window', async () => {
  const idenfy = createFakeIdenfy({ apiKey: 'k', apiSecret: 's', rateLimit: { limit: 1, windowMs: HOUR } });
  expect((await deleteRequest(idenfy)).status).toBe(400);
  expect((await deleteRequest(idenfy)).status).toBe(429);
  idenfy.reset();
  expect((await deleteRequest(idenfy)).status).toBe(400);
});
