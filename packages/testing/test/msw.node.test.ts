import { createFakeDocumentsApi, type FakeDocument } from '@iddocs/testing';
import { createDocumentsHandlers } from '@iddocs/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const BASE = 'https://broker.example';
const AUTH = { authorization: 'Bearer test-token' };
const api = createFakeDocumentsApi({ controlPath: '/__fake' });
const server = setupServer(...createDocumentsHandlers(api, { baseUrl: BASE }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => api.reset());
afterAll(() => server.close());

describe('createDocumentsHandlers', () => {
  it('routes a fetch through MSW into the fake', async () => {
    const response = await fetch(`${BASE}/api/v2/my/documents?limit=2`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(((await response.json()) as FakeDocument[]).map((doc) => doc.id)).toEqual(api.documents().slice(0, 2).map((doc) => doc.id));
    expect(api.requests.at(-1)).toMatchObject({ route: 'list', url: '/api/v2/my/documents?limit=2' });
  });

  it('turns a dropped connection into a rejected fetch', async () => {
    api.inject('get', { type: 'drop' });
    await expect(fetch(`${BASE}/api/v2/my/documents/1`, { headers: AUTH })).rejects.toThrow(TypeError);
  });

  it('keeps statuses and headers, and serves the control path', async () => {
    expect((await fetch(`${BASE}/__fake/faults`, { method: 'POST', body: JSON.stringify({ route: 'list', fault: { type: 'status', status: 429, retryAfterSeconds: 2 } }) })).status).toBe(204);
    const limited = await fetch(`${BASE}/api/v2/my/documents`, { headers: AUTH });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
  });

  it('accepts a bare fetch handler', async () => {
    const other = createFakeDocumentsApi({ seed: false });
    const otherServer = setupServer(...createDocumentsHandlers(other.handler, { baseUrl: 'https://other.example/' }));
    server.close();
    otherServer.listen();
    try {
      const response = await fetch('https://other.example/api/v2/my/documents', { headers: AUTH });
      expect(await response.json()).toEqual([]);
    } finally {
      otherServer.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
