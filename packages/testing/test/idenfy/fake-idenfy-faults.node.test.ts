import { describe, expect, it } from 'vitest';
import { BASIC, KEY, SECRET, serveIdenfy } from './support.js';

describe('fake iDenfy: faults', () => {
  it('status: should answer the status with an iDenfy body and delete nothing, for `times` requests', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    idenfy.inject({ type: 'status', status: 500 }, { times: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await post({ scanRefs: ['a'] });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ identifier: 'INTERNAL_ERROR' });
    }
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
    expect((await post({ scanRefs: ['a'] })).status).toBe(200);
  });

  it.each([204, 205, 304])('status: should answer %i, a status without a body, with no body (even if one is given) and delete nothing', async (status) => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    idenfy.inject({ type: 'status', status });
    idenfy.inject({ type: 'status', status, body: { identifier: 'BAD_VALUE', message: 'Dropped: this status has no body.' } });
    for (let i = 0; i < 2; i++) {
      const response = await post({ scanRefs: ['a'] });
      expect([response.status, await response.text()]).toEqual([status, '']);
    }
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
  });

  it('status: should answer a custom body as given (e.g. a 400 naming no scan-ref)', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message: 'Something is off.' } });
    const response = await post({ scanRefs: ['a'] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ identifier: 'BAD_VALUE', message: 'Something is off.' });
  });

  it('latency: should answer no sooner than the delay, then normally; faults apply one per request in order', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    idenfy.inject({ type: 'latency', ms: 120 });
    idenfy.inject({ type: 'status', status: 503 });
    const started = performance.now();
    const response = await post({ scanRefs: ['a'] });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(response.status).toBe(200);
    expect((await post({ scanRefs: ['a'] })).status).toBe(503);
  });

  it('latency "after": should delete at once and answer only after the delay', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    idenfy.inject({ type: 'latency', ms: 200, when: 'after' });
    const started = performance.now();
    const pending = post({ scanRefs: ['a'] });
    await expect.poll(() => idenfy.verifications().a).toBe('deleted');
    expect(performance.now() - started).toBeLessThan(190);
    expect((await pending).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('drop: should reset the connection; "before" deletes nothing, "after" deletes first', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable', b: 'deletable' } });
    idenfy.inject({ type: 'drop' });
    await expect(post({ scanRefs: ['a'] })).rejects.toThrow('fetch failed');
    expect(idenfy.verifications().a).toBe('deletable');
    idenfy.inject({ type: 'drop', when: 'after' });
    await expect(post({ scanRefs: ['b'] })).rejects.toThrow('fetch failed');
    expect(idenfy.verifications().b).toBe('deleted');
  });

  it('malformed-json: should keep the real status but send a body that is not JSON', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'active' } });
    idenfy.inject({ type: 'malformed-json' });
    const response = await post({ scanRefs: ['a'] });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('should refuse invalid faults at inject, and clearFaults/reset should restore normal behaviour', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    expect(() => idenfy.inject({ type: 'status', status: 99 })).toThrow(RangeError);
    expect(() => idenfy.inject({ type: 'latency', ms: 1 }, { times: 0 })).toThrow(RangeError);
    idenfy.inject({ type: 'status', status: 503 }, { times: Infinity });
    idenfy.clearFaults();
    expect((await post({ scanRefs: ['a'] })).status).toBe(200);
    idenfy.reset();
    expect(idenfy.verifications()).toEqual({ a: 'deletable' });
    expect(idenfy.requests).toHaveLength(0);
  });
});

describe('fake iDenfy: request log', () => {
  it('should record method, path, body and status with the Authorization header redacted', async () => {
    const { idenfy, post } = await serveIdenfy({ verifications: { a: 'deletable' } });
    await post({ scanRefs: ['a'] });
    await post({ scanRefs: ['a'] }, { authorization: `Basic ${btoa(`${KEY}:nope-${SECRET}`)}` });
    expect(idenfy.requests).toMatchObject([
      { method: 'POST', url: '/api/v2/delete', body: { scanRefs: ['a'] }, status: 200, headers: { authorization: '[REDACTED]' } },
      { method: 'POST', body: { scanRefs: ['a'] }, status: 401, headers: { authorization: '[REDACTED]' } },
    ]);
    const logged = JSON.stringify(idenfy.requests);
    for (const secret of [SECRET, BASIC, BASIC.slice('Basic '.length)]) expect(logged).not.toContain(secret);
  });
});
