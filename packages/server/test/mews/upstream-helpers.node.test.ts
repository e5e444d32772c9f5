import { toFetch } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';
import { abortableSleep, backoffDelayMs, fetchWithTimeout, parseRetryAfter, redactSecrets, resolveRetryPolicy, retryDelayMs } from '../../src/upstream/index.js';

describe('parseRetryAfter', () => {
  it('reads delta-seconds (rounded up to ms) and HTTP dates', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 00:00:00 GMT', now)).toBe(0);
  });

  it('gives undefined for absent or unreadable values', () => {
    for (const value of [null, undefined, '', '  ', 'soon', '-1']) expect(parseRetryAfter(value)).toBeUndefined();
  });
});

describe('backoff', () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });

  it('is full jitter under a doubling, capped ceiling', () => {
    expect(backoffDelayMs(0, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelayMs(3, policy, () => 0.999)).toBe(799);
    expect(backoffDelayMs(10, policy, () => 0.999)).toBe(999);
    for (let attempt = 0; attempt < 20; attempt += 1) expect(backoffDelayMs(attempt, policy)).toBeLessThan(1000);
  });

  it('prefers Retry-After, capped', () => {
    expect(retryDelayMs(0, policy, 700)).toBe(700);
    expect(retryDelayMs(0, policy, 5000)).toBe(1000);
  });

  it('fills defaults and ignores nonsense', () => {
    expect(resolveRetryPolicy(undefined)).toEqual({ limit: 4, baseDelayMs: 500, maxDelayMs: 30_000 });
    expect(resolveRetryPolicy({ limit: -1, baseDelayMs: Number.NaN, maxDelayMs: 10 })).toEqual({ limit: 4, baseDelayMs: 500, maxDelayMs: 10 });
  });
});

describe('abortableSleep', () => {
  it('resolves true after the wait, false when aborted', async () => {
    expect(await abortableSleep(5)).toBe(true);
    expect(await abortableSleep(5, AbortSignal.abort())).toBe(false);
    const started = performance.now();
    expect(await abortableSleep(10_000, AbortSignal.timeout(20))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('fetchWithTimeout', () => {
  const base = { url: 'https://upstream.example/x', init: { method: 'POST' }, timeoutMs: 50 };

  it('returns the status, headers and body text', async () => {
    const fetch = toFetch(async () => new Response('{"a":1}', { status: 201, headers: { 'x-y': 'z' } }));
    const result = await fetchWithTimeout({ ...base, fetch });
    expect(result).toMatchObject({ kind: 'response', status: 201, bodyText: '{"a":1}' });
    expect(result.kind === 'response' && result.headers.get('x-y')).toBe('z');
  });

  it('tells network errors, timeouts and aborts apart', async () => {
    expect(await fetchWithTimeout({ ...base, fetch: toFetch(async () => Response.error()) })).toMatchObject({ kind: 'network' });
    const hanging = toFetch(() => new Promise<Response>(() => undefined));
    expect(await fetchWithTimeout({ ...base, fetch: hanging })).toEqual({ kind: 'timeout' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    expect(await fetchWithTimeout({ ...base, timeoutMs: 5000, fetch: hanging, signal: controller.signal })).toEqual({ kind: 'aborted' });
    expect(await fetchWithTimeout({ ...base, fetch: hanging, signal: AbortSignal.abort() })).toEqual({ kind: 'aborted' });
  });

  it('counts a slow body against the deadline', async () => {
    const slowBody = toFetch(async () => new Response(new ReadableStream({ start: () => undefined })));
    expect(await fetchWithTimeout({ ...base, fetch: slowBody })).toEqual({ kind: 'timeout' });
  });
});

describe('redactSecrets', () => {
  it('replaces every occurrence of each secret, ignoring very short ones', () => {
    expect(redactSecrets('a SECRET1 b SECRET1 c SECRET2', ['SECRET1', 'SECRET2', 'a'])).toBe('a *** b *** c ***');
  });

  it('replaces runs of 12 or more characters of a secret (a cut-off echo), and leaves shorter ones', () => {
    const secret = 'E0D439EE522F44368DC78E1BFB03710C';
    expect(redactSecrets(`echo ${secret.slice(0, 20)}`, [secret])).toBe('echo ***');
    expect(redactSecrets(`${secret.slice(5, 30)}… and ${secret}${secret.slice(0, 12)}!`, [secret])).toBe('***… and ******!');
    expect(redactSecrets(`id ${secret.slice(0, 11)} ok`, [secret])).toBe(`id ${secret.slice(0, 11)} ok`);
  });
});
