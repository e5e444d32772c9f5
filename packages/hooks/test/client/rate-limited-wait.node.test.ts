import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture();
});
afterEach(() => fixture.close());

/** The error a single 429 (no retries) rejects `list` with. */
async function rateLimited(retryAfterSeconds?: number): Promise<{ code: string; retryAfterMs?: number; message: string }> {
  fixture.api.inject('list', { type: 'status', status: 429, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });
  return fixture
    .client({ retry: false })
    .list()
    .then(
      () => ({ code: 'resolved', message: '' }),
      (caught: { code: string; retryAfterMs?: number; message: string }) => caught,
    );
}

describe('a 429 says how long to wait', () => {
  it('tells the person the wait the server asked for, in seconds', async () => {
    const error = await rateLimited(7);

    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 7000 });
    expect(error.message).toContain('Wait 7 s and try again.');
  });

  it('a Retry-After of 0 means "now": retryAfterMs is 0, not unknown, and the person reads no "Wait 0 s"', async () => {
    const error = await rateLimited(0);

    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 0 });
    expect(error.message).toContain('Wait a moment and try again.');
  });

  it('without Retry-After, it says to wait a moment and gives no retryAfterMs', async () => {
    const error = await rateLimited();

    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.message).toContain('Wait a moment and try again.');
  });
});
