import { describe, expect, it } from 'vitest';
import { DocumentsError } from '../../src/client/index.js';
import { resolveRetryPolicy, retryDelayMs } from '../../src/client/request.js';

const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
const serverError = new DocumentsError('SERVER', 'x', { status: 503 });
const wait = (ms: number) => new DocumentsError('RATE_LIMITED', 'x', { status: 429, retryAfterMs: ms });

describe('retry backoff', () => {
  it('doubles the ceiling each attempt and never exceeds maxDelayMs', () => {
    const ceilings = [0, 1, 2, 3, 4, 5].map((attempt) => retryDelayMs(serverError, attempt, policy, () => 0.999_999));

    expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('draws the delay anywhere from 0 (full jitter)', () => {
    expect(retryDelayMs(serverError, 3, policy, () => 0)).toBe(0);
  });

  it('uses a 429’s Retry-After, capped at maxDelayMs', () => {
    expect(retryDelayMs(wait(700), 0, policy, () => 0)).toBe(700);
    expect(retryDelayMs(wait(60_000), 0, policy, () => 0)).toBe(1000);
  });

  it('defaults to 2 retries from 300 ms up to 10 s, and false means none', () => {
    expect(resolveRetryPolicy(undefined)).toEqual({ limit: 2, baseDelayMs: 300, maxDelayMs: 10_000 });
    expect(resolveRetryPolicy(false).limit).toBe(0);
  });
});
