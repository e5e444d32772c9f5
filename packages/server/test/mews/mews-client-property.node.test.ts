import { createFakeMews, toFetch, type MewsFault } from '@iddocs/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERASURE_FAILURE_CODES } from '../../src/erasure-report.js';
import { createMewsClient } from '../../src/mews/index.js';
import { ACCESS_TOKEN, CLIENT_TOKEN, expectPartition, guids } from './mews-client-support.js';

const SIZE = 300;
const DOC_IDS = guids(SIZE, 'd');
const CUSTOMER_IDS = guids(SIZE, 'c');
const UNKNOWN = guids(3, 'e');
const DOCUMENTS = DOC_IDS.map((Id, index) => ({
  Id,
  CustomerId: CUSTOMER_IDS[index] ?? '',
  Type: 'IdentityCard' as const,
  Number: `N${index}`,
  ExpirationDate: null,
  IssuingCountryCode: null,
}));

const faultArb: fc.Arbitrary<MewsFault> = fc.oneof(
  fc.constantFrom(400, 401, 403, 404, 408, 409, 500, 503).map((status): MewsFault => ({ type: 'status', status })),
  fc.constant<MewsFault>({ type: 'status', status: 429, retryAfterSeconds: 0 }),
  fc.constant<MewsFault>({ type: 'status', status: 429 }),
  fc.constantFrom<MewsFault>({ type: 'drop' }, { type: 'drop', when: 'after' }, { type: 'malformed-json' }, { type: 'latency', ms: 0 }),
  fc.integer({ min: 0, max: 60 }).map((maxIds): MewsFault => ({ type: 'too-heavy', maxIds })),
);

const scenarioArb = fc.record({
  route: fc.constantFrom('delete' as const, 'clear' as const),
  picks: fc.array(
    fc.oneof(
      { weight: 20, arbitrary: fc.nat(SIZE - 1).map((index) => ({ known: index })) },
      { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN, '', '  ').map((raw) => ({ raw })) },
    ),
    { maxLength: 260 },
  ),
  faults: fc.array(fc.record({ fault: faultArb, times: fc.integer({ min: 1, max: 3 }) }), { maxLength: 8 }),
  retryLimit: fc.integer({ min: 0, max: 3 }),
  abortBeforeCall: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
});

describe('every input id ends up in exactly one list', { timeout: 60_000 }, () => {
  it('holds for random ids, faults, retry limits and aborts', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const mews = createFakeMews({ clientToken: CLIENT_TOKEN, accessToken: ACCESS_TOKEN, documents: DOCUMENTS, rateLimit: { limit: 1e9 } });
        for (const { fault, times } of scenario.faults) mews.inject(scenario.route, fault, { times });
        const universe = scenario.route === 'delete' ? DOC_IDS : CUSTOMER_IDS;
        const input = scenario.picks.map((pick) => ('known' in pick ? (universe[pick.known] ?? '') : pick.raw));
        const controller = new AbortController();
        const fakeFetch = toFetch(mews.handler);
        let calls = 0;
        const client = createMewsClient({
          platformAddress: 'https://api.mews-demo.com',
          clientToken: CLIENT_TOKEN,
          accessToken: ACCESS_TOKEN,
          client: 'Property 1.0.0',
          rateLimit: false,
          retry: { limit: scenario.retryLimit, baseDelayMs: 0, maxDelayMs: 0 },
          fetch: (url, init) => {
            calls += 1;
            if (calls === scenario.abortBeforeCall) controller.abort();
            return fakeFetch(url, init);
          },
        });
        const report =
          scenario.route === 'delete'
            ? await client.deleteIdentityDocuments(input, { signal: controller.signal })
            : await client.clearIdentityDocuments(input, { signal: controller.signal });
        expectPartition(report, input);
        const remaining = new Set(mews.identityDocuments().map((doc) => (scenario.route === 'delete' ? doc.Id : doc.CustomerId)));
        for (const id of report.deleted) expect(remaining.has(id)).toBe(false);
        for (const failure of report.failed) expect(failure.retryable).toBe(ERASURE_FAILURE_CODES[failure.code].retryable);
        const untroubled = scenario.faults.length === 0 && scenario.abortBeforeCall === undefined && input.every((id) => universe.includes(id));
        expect(!untroubled || report.ok).toBe(true);
      }),
      { numRuns: 250 },
    );
  }, 60_000);
});
