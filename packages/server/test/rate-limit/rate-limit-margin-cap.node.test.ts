import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../../src/erasure-report.js';
import { guids, startMewsRig, type MewsRig } from '../mews/mews-client-support.js';

let rig: MewsRig;
afterEach(() => rig.server.close());

/** A store that grants every request and records the window it was asked to count in. */
function recordingStore(windows: number[]): RateLimitStore {
  return {
    reserve: (_key, _limit, windowMs) => {
      windows.push(windowMs);
      return Promise.resolve(0);
    },
  };
}

// The margin covers latency between our count and Mews'; it is "never more than half the window", so that a
// mistyped marginMs (seconds for ms, say) cannot silently halve or worse the throughput of the client.
describe('the rate-limit margin', () => {
  it.each([
    [{ windowMs: 2_000, marginMs: 5_000 }, 3_000],
    [{ windowMs: 2_000, marginMs: 1_000 }, 3_000],
    [{ windowMs: 2_000, marginMs: 300 }, 2_300],
    [{ windowMs: 30_000 }, 31_000],
  ])('with %j, counts in a window of %i ms', async (rateLimit, expected) => {
    const windows: number[] = [];
    rig = await startMewsRig({}, { rateLimit: { ...rateLimit, store: recordingStore(windows) } });
    await rig.client.clearIdentityDocuments(guids(1, 'c'));
    expect(windows).toEqual([expected]);
  });
});
