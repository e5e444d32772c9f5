import { describe, expect, it } from 'vitest';
import { BASIC, seedOf, serveIdenfy } from './support.js';

describe('fake iDenfy: POST /api/v2/delete, batch format', () => {
  it('given deletable scanRefs, it should delete them all and answer 200 with no body', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: seedOf('s', 3) });
    const response = await post({ scanRefs: ['s-0', 's-2'] });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(idenfy.verifications()).toEqual({ 's-0': 'deleted', 's-1': 'deletable', 's-2': 'deleted' });
  });

  it('given an active scanRef halfway, it should delete the ones before it, name it, and leave the rest', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable', b: 'active', c: 'deletable' } });
    const response = await post({ scanRefs: ['a', 'b', 'c'] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ identifier: 'PARTNER_ERROR', message: 'Token has not expired yet. Scan-ref: b.', severity: 'ERROR' });
    expect(idenfy.verifications()).toEqual({ a: 'deleted', b: 'active', c: 'deletable' });
  });

  it('given an unknown or already deleted scanRef, it should answer BAD_VALUE naming it', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable', c: 'deletable' } });
    const first = await post({ scanRefs: ['a', 'ghost', 'c'] });
    expect(first.status).toBe(400);
    expect(await first.json()).toEqual({ identifier: 'BAD_VALUE', message: 'Scan-ref not found. Scan-ref: ghost.' });
    const again = await post({ scanRefs: ['a'] });
    expect(await again.json()).toMatchObject({ identifier: 'BAD_VALUE', message: 'Scan-ref not found. Scan-ref: a.' });
    expect(idenfy.verifications()).toEqual({ a: 'deleted', c: 'deletable' });
  });

  it('should accept 100 scanRefs and refuse 0 or 101 with VALIDATION_ERROR, deleting nothing', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: seedOf('s', 101) });
    const refs = Object.keys(seedOf('s', 101));
    for (const scanRefs of [[], refs]) {
      const response = await post({ scanRefs });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ identifier: 'VALIDATION_ERROR' });
    }
    expect(Object.values(idenfy.verifications())).not.toContain('deleted');
    expect((await post({ scanRefs: refs.slice(0, 100) })).status).toBe(200);
    expect(Object.values(idenfy.verifications()).filter((state) => state === 'deleted')).toHaveLength(100);
  });

  it('should answer MISSING_VALUE to the single shape, JSON_ERROR to bad JSON and 405 to other methods', async () => {
    const { server, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    expect(await (await post({ scanRef: 'a' })).json()).toMatchObject({ identifier: 'MISSING_VALUE' });
    const bad = await post('{"scanRefs": [');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ identifier: 'JSON_ERROR' });
    const get = await fetch(`${server.url}/api/v2/delete`, { headers: { authorization: BASIC } });
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ identifier: 'METHOD_NOT_ALLOWED' });
  });

  it.each(['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'application/jsonx', ''])(
    'given a JSON body sent as Content-Type %j, it should answer 400 JSON_ERROR and delete nothing',
    async (contentType) => {
      const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
      const response = await post({ scanRefs: ['a'] }, { 'content-type': contentType });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ identifier: 'JSON_ERROR', message: 'Send the body as JSON with Content-Type: application/json.' });
      expect(idenfy.verifications()).toEqual({ a: 'deletable' });
    },
  );

  it('should accept application/json with parameters, in any case', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: seedOf('s', 2) });
    expect((await post({ scanRefs: ['s-0'] }, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await post({ scanRefs: ['s-1'] }, { 'content-type': 'Application/JSON' })).status).toBe(200);
    expect(idenfy.verifications()).toEqual({ 's-0': 'deleted', 's-1': 'deleted' });
  });
});

describe('fake iDenfy: single format', () => {
  it('should delete one scanRef per request and refuse the batch shape', async () => {
    const { idenfy, post } = await serveIdenfy({ format: 'single', verifications: { a: 'deletable', b: 'active' } });
    expect((await post({ scanRef: 'a' })).status).toBe(200);
    expect(await (await post({ scanRef: 'b' })).json()).toMatchObject({ identifier: 'PARTNER_ERROR', message: 'Token has not expired yet. Scan-ref: b.' });
    expect(await (await post({ scanRef: 'zzz' })).json()).toMatchObject({ identifier: 'BAD_VALUE', message: 'Scan-ref not found. Scan-ref: zzz.' });
    const batch = await post({ scanRefs: ['b'] });
    expect(batch.status).toBe(400);
    expect(await batch.json()).toMatchObject({ identifier: 'MISSING_VALUE' });
    expect(idenfy.verifications()).toEqual({ a: 'deleted', b: 'active' });
  });
});

describe('fake iDenfy: auth and rate limit', () => {
  it('given missing or wrong Basic credentials, it should answer 401 without an identifier and delete nothing', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    for (const authorization of ['', `Basic ${btoa('fake-key-7f3a91:wrong')}`, 'Bearer x']) {
      const response = await post({ scanRefs: ['a'] }, { authorization });
      expect(response.status).toBe(401);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).not.toHaveProperty('identifier');
      expect(body.detail).toEqual(expect.any(String));
    }
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
  });

  it('given the limit is reached, it should answer 429 TOO_MANY_REQUESTS without Retry-After until the window passes', async () => {
    let now = 1_000;
    const { post } = await serveIdenfy({ verifications: seedOf('s', 5), rateLimit: { limit: 2, windowMs: 60_000 }, now: () => now });
    expect((await post({ scanRefs: ['s-0'] })).status).toBe(200);
    expect((await post({ scanRefs: ['s-1'] })).status).toBe(200);
    const limited = await post({ scanRefs: ['s-2'] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(await limited.json()).toMatchObject({ identifier: 'TOO_MANY_REQUESTS' });
    now += 60_000;
    expect((await post({ scanRefs: ['s-2'] })).status).toBe(200);
  });
});
