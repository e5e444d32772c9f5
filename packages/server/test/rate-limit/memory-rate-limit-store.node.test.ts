import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, rateLimitKey, waitForRateLimit } from '../../src/rate-limit/index.js';

function clockedStore() {
  let now = 10_000;
  const store = createMemoryRateLimitStore({ now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

describe('createMemoryRateLimitStore', () => {
  it('grants `limit` slots per window, then says how long until the oldest leaves it', async () => {
    const { store, advance } = clockedStore();
    expect(await store.reserve('k', 3, 1000)).toBe(0);
    advance(100);
    expect(await store.reserve('k', 3, 1000)).toBe(0);
    advance(100);
    expect(await store.reserve('k', 3, 1000)).toBe(0);
    advance(300);
    expect(await store.reserve('k', 3, 1000)).toBe(500);
    advance(499);
    expect(await store.reserve('k', 3, 1000)).toBe(1);
    advance(1);
    expect(await store.reserve('k', 3, 1000)).toBe(0);
    expect(await store.reserve('k', 3, 1000)).toBe(100);
  });

  it('slides: a refused request does not use a slot', async () => {
    const { store, advance } = clockedStore();
    expect(await store.reserve('k', 1, 1000)).toBe(0);
    for (let index = 0; index < 5; index += 1) {
      advance(100);
      expect(await store.reserve('k', 1, 1000)).toBe(1000 - (index + 1) * 100);
    }
    advance(500);
    expect(await store.reserve('k', 1, 1000)).toBe(0);
  });

  it('counts keys separately', async () => {
    const { store } = clockedStore();
    expect(await store.reserve('a', 1, 1000)).toBe(0);
    expect(await store.reserve('b', 1, 1000)).toBe(0);
    expect(await store.reserve('a', 1, 1000)).toBeGreaterThan(0);
  });

  it('honours a lower limit on the same key at once', async () => {
    const { store } = clockedStore();
    for (let index = 0; index < 5; index += 1) await store.reserve('k', 10, 1000);
    expect(await store.reserve('k', 2, 1000)).toBe(1000);
  });
});

describe('rateLimitKey', () => {
  it('is a namespaced SHA-256 that does not hold the secret', () => {
    const key = rateLimitKey('mews', 'ACCESSSECRET');
    expect(key).toMatch(/^mews:[0-9a-f]{64}$/);
    expect(key).not.toContain('ACCESSSECRET');
    expect(rateLimitKey('mews', 'ACCESSSECRET')).toBe(key);
    expect(rateLimitKey('mews', 'OTHER')).not.toBe(key);
  });
});

describe('waitForRateLimit', () => {
  it('waits as told, then reserves', async () => {
    const store = createMemoryRateLimitStore();
    const settings = { store, limit: 1, windowMs: 80 };
    expect(await waitForRateLimit(settings, 'k')).toBe(true);
    const started = performance.now();
    expect(await waitForRateLimit(settings, 'k')).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('gives up when aborted while waiting', async () => {
    const store = createMemoryRateLimitStore();
    const settings = { store, limit: 1, windowMs: 60_000 };
    await waitForRateLimit(settings, 'k');
    const started = performance.now();
    expect(await waitForRateLimit(settings, 'k', AbortSignal.timeout(30))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
