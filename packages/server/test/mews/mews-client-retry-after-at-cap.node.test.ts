import { afterEach, describe, expect, it } from 'vitest';
import { documentsFor, guids, startMewsRig, type MewsRig } from './mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

// retry.maxDelayMs is the longest wait allowed ("also the cap applied to Retry-After"): a Retry-After of exactly
// that long is within the cap and must be waited out and retried, not given up on as if it exceeded it.
describe('a 429 whose Retry-After equals retry.maxDelayMs', () => {
  it('is waited out and retried, and the ids are deleted', async () => {
    const ids = guids(2);
    rig = await startMewsRig({ documents: documentsFor(ids) });
    // The fake sends whole seconds: Retry-After: 1 against maxDelayMs 1000.
    rig.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 1 });
    const report = await rig.clientWith({ retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 1_000 } }).deleteIdentityDocuments(ids);
    expect(rig.calls('delete')).toBe(2);
    expect(report).toMatchObject({ ok: true, deleted: ids, failed: [] });
  });
});
