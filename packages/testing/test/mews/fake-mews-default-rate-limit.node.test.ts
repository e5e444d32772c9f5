import { createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { expect, it } from 'vitest';
import { CLEAR_PATH, guids } from './mews-support.js';

const START = Date.parse('2024-05-01T10:00:00Z');
const BODY = JSON.stringify({ ClientToken: DEFAULT_MEWS_CLIENT_TOKEN, AccessToken: DEFAULT_MEWS_ACCESS_TOKEN, Client: 'Test 1.0', CustomerIds: guids(1, 'c') });

function clear(handler: (request: Request) => Promise<Response>): Promise<Response> {
  return handler(new Request(`https://api.mews-demo.com${CLEAR_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY }));
}

// apis.md: "200 requests per AccessToken per 30 seconds"; Retry-After says when the oldest request leaves the window.
it('by default lets 200 requests per AccessToken through in 30 s, then answers 429 until the oldest leaves the window', async () => {
  let now = START;
  const mews = createFakeMews({ now: () => new Date(now) });
  expect((await clear(mews.handler)).status).toBe(200);
  now = START + 10_000;
  const statuses = new Set<number>();
  for (let index = 1; index < 200; index += 1) statuses.add((await clear(mews.handler)).status);
  expect([...statuses]).toEqual([200]);

  const limited = await clear(mews.handler);
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('20');

  now = START + 29_999;
  expect((await clear(mews.handler)).status).toBe(429);
  now = START + 30_000;
  expect((await clear(mews.handler)).status).toBe(200);
  expect((await clear(mews.handler)).status).toBe(429);
});
