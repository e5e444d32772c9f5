import { describe, expect, it } from 'vitest';
import { BASIC, KEY, SECRET, serveIdenfy } from './support.js';

describe('fake iDenfy: Basic auth', () => {
  it('answers 401 without an identifier to a request with no Authorization header, deleting nothing', async () => {
    const { idenfy, server } = await serveIdenfy({ verifications: { a: 'deletable' } });
    const response = await fetch(`${server.url}/api/v2/delete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scanRefs: ['a'] }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: expect.any(String) });
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
  });

  it.each([
    ['the credentials without the Basic scheme', btoa(`${KEY}:${SECRET}`)],
    ['the credentials not base64-encoded', `Basic ${KEY}:${SECRET}`],
    ['the key alone', `Basic ${btoa(KEY)}`],
  ])('answers 401 to %s', async (_name, authorization) => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    expect((await post({ scanRefs: ['a'] }, { authorization })).status).toBe(401);
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
  });

  it('accepts the scheme in any case, as HTTP allows', async () => {
    const { post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    expect((await post({ scanRefs: ['a'] }, { authorization: BASIC.replace('Basic', 'basic') })).status).toBe(200);
  });
});

describe('fake iDenfy: paths and values', () => {
  it.each(['/api/v2/delete/extra', '/api/v2/deleteAll', '/api/v2/delete-all'])('answers 404 to POST %s, deleting nothing', async (path) => {
    const { idenfy, server } = await serveIdenfy({ verifications: { a: 'deletable' } });
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: BASIC, 'content-type': 'application/json' }, body: JSON.stringify({ scanRefs: ['a'] }) });
    expect(response.status).toBe(404);
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
  });

  it.each([123, '', null, ['a']])('single format: answers 400 VALIDATION_ERROR to scanRef %j', async (scanRef) => {
    const { idenfy, post } = await serveIdenfy({ format: 'single', verifications: { a: 'deletable', 123: 'deletable' } });
    const response = await post({ scanRef });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ identifier: 'VALIDATION_ERROR' });
    expect(Object.values(idenfy.verifications())).not.toContain('deleted');
  });
});
