import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../../src/erasure-report.js';
import { ACCESS_TOKEN, guids, startMewsRig, type MewsRig } from '../mews/mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

const LIMIT = { limit: 20, windowMs: 1000 };
const count429 = () => rig.mews.requests.filter((request) => request.status === 429).length;

describe('the Mews client rate limiter', () => {
  it('keeps a burst of 3× the limit free of 429s', async () => {
    rig = await startMewsRig({ rateLimit: LIMIT }, { rateLimit: LIMIT, retry: { limit: 0 } });
    const started = performance.now();
    const report = await rig.client.clearIdentityDocuments(guids(600, 'c'));
    expect(rig.calls()).toBe(60);
    expect(count429()).toBe(0);
    expect(report.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3000);
  }, 20_000);

  it('is what prevents them: turned off, the same burst meets 429s', async () => {
    rig = await startMewsRig({ rateLimit: LIMIT }, { rateLimit: false, retry: { limit: 0 } });
    const report = await rig.client.clearIdentityDocuments(guids(600, 'c'));
    expect(count429()).toBeGreaterThan(0);
    expect(report.failed.some((failure) => failure.code === 'RATE_LIMITED')).toBe(true);
  });

  it('reserves in the given store under a hash of the AccessToken, before every request', async () => {
    const keys: string[] = [];
    const store: RateLimitStore = {
      reserve: (key, limit, windowMs) => {
        keys.push(`${key}|${limit}|${windowMs}`);
        return Promise.resolve(0);
      },
    };
    rig = await startMewsRig({}, { rateLimit: { store, limit: 7, windowMs: 2000 } });
    rig.mews.inject('clear', { type: 'status', status: 503 });
    await rig.client.clearIdentityDocuments(guids(15, 'c'));
    expect(rig.calls()).toBe(3);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^mews:[0-9a-f]{64}\|7\|3000$/);
    expect(keys[0]).not.toContain(ACCESS_TOKEN);
  });

  it('reports RATE_LIMITED, sending nothing, when the store fails', async () => {
    const store: RateLimitStore = { reserve: () => Promise.reject(new Error(`redis://:${ACCESS_TOKEN}@cache down`)) };
    rig = await startMewsRig({}, { rateLimit: { store } });
    const report = await rig.client.clearIdentityDocuments(guids(2, 'c'));
    expect(rig.calls()).toBe(0);
    expect(report.failed.map((failure) => failure.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(JSON.stringify(report)).not.toContain(ACCESS_TOKEN);
  });
});
