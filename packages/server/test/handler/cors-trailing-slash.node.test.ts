import { describe, expect, it } from 'vitest';
import { DELETE_PATH, errorCode, guid, postJson, serveHandler } from './support.js';

const PORTAL = 'https://portal.example.com';

// Browsers send `Origin` without a trailing slash, while hosts often copy an origin from a URL that has one.
// The handler trims it at creation; without that, the listed portal would be refused on every call.
describe('an allowed origin configured with a trailing slash', () => {
  it('lets that origin call, echoing the origin exactly as the browser sent it', async () => {
    const { url, calls } = await serveHandler({ allowedOrigins: [`${PORTAL}/`] });
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] }, { origin: PORTAL });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(calls).toHaveLength(1);
  });

  it('answers the preflight of that origin', async () => {
    const { url } = await serveHandler({ allowedOrigins: [`${PORTAL}//`] });
    const response = await fetch(`${url}${DELETE_PATH}`, { method: 'OPTIONS', headers: { origin: PORTAL, 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
  });

  it('still refuses any other origin', async () => {
    const { url, calls } = await serveHandler({ allowedOrigins: [`${PORTAL}/`] });
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] }, { origin: `${PORTAL}.evil.example` });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('ORIGIN_NOT_ALLOWED');
    expect(calls).toHaveLength(0);
  });
});
