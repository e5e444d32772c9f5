import { describe, expect, it } from 'vitest';
import { DELETE_PATH, errorCode, guid, postJson, serveHandler } from './support.js';

const PORTAL = 'https://portal.example.com';
const EVIL = 'https://evil.example';
const body = () => ({ identityDocumentIds: [guid()] });

describe('origins and CORS', () => {
  it('answers a listed origin with Access-Control-Allow-Origin, Allow-Credentials and Vary: Origin', async () => {
    const { url, calls } = await serveHandler({ allowedOrigins: [PORTAL] });
    const response = await postJson(`${url}${DELETE_PATH}`, body(), { origin: PORTAL });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(calls).toHaveLength(1);
  });

  it.each([EVIL, 'null', `${PORTAL}.evil.example`, 'http://portal.example.com', `${PORTAL}:8443`])(
    'answers 403 ORIGIN_NOT_ALLOWED to Origin %s and calls no upstream',
    async (origin) => {
      let asked = 0;
      const { url, calls } = await serveHandler({ allowedOrigins: [PORTAL], authorize: () => (asked++, true) });
      const response = await postJson(`${url}${DELETE_PATH}`, body(), { origin });
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('ORIGIN_NOT_ALLOWED');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(calls).toHaveLength(0);
      expect(asked).toBe(0);
    },
  );

  it('lets a request without Origin through (same-origin or server-to-server)', async () => {
    const { url, calls } = await serveHandler({ allowedOrigins: [PORTAL] });
    const response = await postJson(`${url}${DELETE_PATH}`, body());
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('answers the preflight of a listed origin', async () => {
    const { url, calls } = await serveHandler({ allowedOrigins: [PORTAL] });
    const response = await fetch(`${url}${DELETE_PATH}`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization, X-CSRF-Token, X-Requested-With');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(calls).toHaveLength(0);
  });

  it.each([
    [['X-Session'], 'Content-Type, X-Session'],
    [[], 'Content-Type'],
    [['content-type', 'Authorization'], 'Content-Type, Authorization'],
  ])('allows the request headers of allowedHeaders %j, and always Content-Type', async (allowedHeaders, allowed) => {
    const { url } = await serveHandler({ allowedOrigins: [PORTAL], allowedHeaders });
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'OPTIONS', headers: { origin: PORTAL, 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe(allowed);
  });

  it.each([
    [{ allowedOrigins: ['*'] }, /allowedOrigins does not accept "\*"/],
    [{ allowedOrigins: [PORTAL], allowedHeaders: ['X-CSRF-Token', 'Bad Header'] }, /allowedHeaders must be an array of header names/],
    [{ allowedOrigins: [PORTAL], allowedHeaders: 'X-CSRF-Token' as never }, /allowedHeaders must be an array of header names/],
  ])('refuses %j at creation', async (options, message) => {
    await expect(serveHandler(options)).rejects.toThrow(message);
  });

  it('refuses the preflight of an unlisted origin', async () => {
    const { url } = await serveHandler({ allowedOrigins: [PORTAL] });
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'OPTIONS', headers: { origin: EVIL, 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives listed origins readable errors, and 405 names OPTIONS in Allow', async () => {
    const { url } = await serveHandler({ allowedOrigins: [PORTAL] });
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'GET', headers: { origin: PORTAL } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
  });

  it('sends no CORS headers at all when allowedOrigins is not set, whatever the Origin', async () => {
    const { url, calls } = await serveHandler();
    const post = await postJson(`${url}${DELETE_PATH}`, body(), { origin: EVIL });
    const preflight = await fetch(`${url}${DELETE_PATH}`, { method: 'OPTIONS', headers: { origin: EVIL, 'access-control-request-method': 'POST' } });
    expect(post.status).toBe(200);
    expect(preflight.status).toBe(405);
    for (const response of [post, preflight]) {
      const names = [...response.headers.keys()];
      expect(names.filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(response.headers.get('vary')).toBeNull();
    }
    expect(calls).toHaveLength(1);
  });

  it('refuses a form-encoded cross-site post (no preflight needed) before any upstream call', async () => {
    const { url, calls } = await serveHandler();
    const response = await fetch(`${url}${DELETE_PATH}`, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
      body: `identityDocumentIds=${guid()}`,
    });
    expect(response.status).toBe(415);
    expect(calls).toHaveLength(0);
  });
});
