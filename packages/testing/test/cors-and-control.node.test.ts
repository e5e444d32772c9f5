import { afterEach, describe, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

const APP = 'http://app.example';
let served: Served | undefined;
afterEach(() => served?.server.close());

function preflight(url: string, origin = APP): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

describe('CORS', () => {
  it('answers a preflight from an allowed origin and decorates its responses', async () => {
    served = await serve({ corsOrigins: [APP] });
    const response = await preflight(`${served.server.url}/api/v2/my/documents`);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type/);
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(served.api.requests.at(-1)?.route).toBe('preflight');

    const listed = await served.call('/api/v2/my/documents', { headers: { origin: APP } });
    expect(listed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listed.headers.get('vary')).toContain('Origin');
    expect(listed.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const denied = await fetch(`${served.server.url}/api/v2/my/documents`, { headers: { origin: APP } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('sends no CORS headers to an origin not listed', async () => {
    served = await serve({ corsOrigins: [APP] });
    const response = await preflight(`${served.server.url}/api/v2/my/documents`, 'http://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await served.call('/api/v2/my/documents', { headers: { origin: 'http://evil.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes any origin with "*"', async () => {
    served = await serve({ corsOrigins: '*' });
    const response = await preflight(`${served.server.url}/api/v2/my/files`, 'http://localhost:6006');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
  });

  it('sends no CORS headers at all when CORS is off', async () => {
    served = await serve();
    const response = await preflight(`${served.server.url}/api/v2/my/documents`);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
    const listed = await served.call('/api/v2/my/documents', { headers: { origin: APP } });
    expect(listed.headers.get('access-control-allow-origin')).toBeNull();
  });
});

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

describe('control routes', () => {
  it('injects faults without auth, with times as a number, null or "Infinity", and clears them', async () => {
    served = await serve({ controlPath: '/__fake', corsOrigins: [APP] });
    const base = `${served.server.url}/__fake`;
    const injected = await fetch(`${base}/faults`, { ...json({ route: 'list', fault: { type: 'status', status: 503 }, times: 2 }) });
    expect(injected.status).toBe(204);
    expect(served.api.requests.at(-1)?.route).toBe('control');
    expect((await served.call('/api/v2/my/documents')).status).toBe(503);
    expect((await served.call('/api/v2/my/documents')).status).toBe(503);
    expect((await served.call('/api/v2/my/documents')).status).toBe(200);

    for (const times of [null, 'Infinity']) {
      await fetch(`${base}/faults`, json({ route: '*', fault: { type: 'status', status: 500 }, times }));
      for (let i = 0; i < 3; i++) expect((await served.call('/api/v2/my/documents/1')).status).toBe(500);
      expect((await fetch(`${base}/faults`, { method: 'DELETE' })).status).toBe(204);
      expect((await served.call('/api/v2/my/documents/1')).status).toBe(200);
    }
  });

  it('rejects an invalid fault with 400 and answers control preflights', async () => {
    served = await serve({ controlPath: '/__fake', corsOrigins: [APP] });
    const base = `${served.server.url}/__fake`;
    const bad = await fetch(`${base}/faults`, json({ route: 'nowhere', fault: { type: 'drop' } }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'INVALID_FAULT' });
    const badFault = await fetch(`${base}/faults`, json({ route: 'list', fault: { type: 'explode' } }));
    expect(badFault.status).toBe(400);
    const badRetryAfter = await fetch(`${base}/faults`, json({ route: 'list', fault: { type: 'status', status: 429, retryAfterSeconds: 'soon' } }));
    expect(badRetryAfter.status).toBe(400);
    expect(await badRetryAfter.json()).toMatchObject({ code: 'INVALID_FAULT', message: expect.stringContaining('retryAfterSeconds') });
    const options = await preflight(`${base}/faults`);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('resets the state through POST reset', async () => {
    served = await serve({ controlPath: '/__fake' });
    const seeded = served.api.documents();
    await served.call(`/api/v2/my/documents/${seeded[0]?.id}`, { method: 'DELETE' });
    expect(served.api.documents()).toHaveLength(seeded.length - 1);
    expect((await fetch(`${served.server.url}/__fake/reset`, { method: 'POST' })).status).toBe(204);
    expect(served.api.documents()).toEqual(seeded);
  });

  it('is not mounted by default', async () => {
    served = await serve();
    expect((await fetch(`${served.server.url}/__fake/reset`, { method: 'POST' })).status).toBe(404);
  });
});

describe('request log', () => {
  it('records method, path with query, route and headers, oldest first', async () => {
    served = await serve();
    await served.call('/api/v2/my/documents?limit=2', { headers: { 'accept-language': 'ja' } });
    await served.call('/api/v2/my/documents/1', { method: 'DELETE' });
    await served.call('/elsewhere');
    expect(served.api.requests.map(({ method, url, route }) => ({ method, url, route }))).toEqual([
      { method: 'GET', url: '/api/v2/my/documents?limit=2', route: 'list' },
      { method: 'DELETE', url: '/api/v2/my/documents/1', route: 'delete' },
      { method: 'GET', url: '/elsewhere', route: 'unknown' },
    ]);
    expect(served.api.requests[0]?.headers).toMatchObject({ authorization: 'Bearer test-token', 'accept-language': 'ja' });
  });
});
