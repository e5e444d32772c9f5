import { createFakeIdenfy, toFetch, type IdenfyFault } from '@iddocs/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdenfyClient, type IdenfyDeleteFormat } from '../../src/idenfy/index.js';
import { KEY, SECRET, expectWellFormed } from './support.js';

type State = 'deletable' | 'active' | 'unknown';

/** Ids drawn from a pool (so duplicates happen), some ending in "." to test parsing of "Scan-ref: <id>.". */
const inputs = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 260 }), fc.constantFrom<State>('deletable', 'deletable', 'deletable', 'active', 'unknown')),
  { maxLength: 240 },
);
const formats = fc.constantFrom<IdenfyDeleteFormat>('batch', 'single');
const faults = fc.array(
  fc.constantFrom<IdenfyFault>(
    { type: 'status', status: 500 },
    { type: 'status', status: 429 },
    { type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message: 'Invalid.' } },
    { type: 'drop' },
    { type: 'drop', when: 'after' },
    { type: 'malformed-json' },
  ),
  { maxLength: 6 },
);

function build(drawn: readonly (readonly [number, State])[]): { ids: string[]; states: Map<string, State> } {
  const states = new Map<string, State>();
  const ids = drawn.map(([n, state]) => {
    const id = n % 9 === 0 ? `ref-${n}.` : `ref-${n}`;
    if (!states.has(id)) states.set(id, state);
    return id;
  });
  return { ids, states };
}

async function run(drawn: readonly (readonly [number, State])[], format: IdenfyDeleteFormat, injected: readonly IdenfyFault[]) {
  const { ids, states } = build(drawn);
  const seed = Object.fromEntries([...states].filter(([, state]) => state !== 'unknown'));
  const idenfy = createFakeIdenfy({ apiKey: KEY, apiSecret: SECRET, format, verifications: seed as Record<string, 'deletable' | 'active'> });
  for (const fault of injected) idenfy.inject(fault);
  const client = createIdenfyClient({
    apiKey: KEY,
    apiSecret: SECRET,
    format,
    baseUrl: 'http://localhost',
    fetch: toFetch(idenfy.handler),
    retry: { limit: 2, baseDelayMs: 0, maxDelayMs: 0 },
  });
  const report = await client.deleteVerifications(ids);
  const trulyDeleted = new Set(Object.entries(idenfy.verifications()).filter(([, state]) => state === 'deleted').map(([id]) => id));
  return { ids, states, report, trulyDeleted };
}

describe('iDenfy client: properties (against the fake, via toFetch)', { timeout: 60_000 }, () => {
  it('without faults: every id in exactly one list, every deletable id deleted, active retryable, unknown invalid', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, formats, async (drawn, format) => {
        const { ids, states, report, trulyDeleted } = await run(drawn, format, []);
        expectWellFormed(report, ids);
        expect(report.notAttempted).toEqual([]);
        expect(new Set(report.deleted)).toEqual(trulyDeleted);
        const expected = [...states].map(([id, state]) => [id, { deletable: 'deleted', active: 'NOT_YET_DELETABLE', unknown: 'INVALID_ID' }[state]]);
        const actual = [...states.keys()].map((id) => [id, report.deleted.includes(id) ? 'deleted' : report.failed.find((failure) => failure.id === id)?.code]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('with random faults: every id in exactly one list, and nothing reported deleted that the fake did not delete', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, formats, faults, async (drawn, format, injected) => {
        const { ids, report, trulyDeleted } = await run(drawn, format, injected);
        expectWellFormed(report, ids);
        for (const id of report.deleted) expect(trulyDeleted.has(id)).toBe(true);
        for (const failure of report.failed) expect(failure.retryable).toBe(['NOT_YET_DELETABLE', 'RATE_LIMITED', 'UPSTREAM_ERROR', 'NETWORK', 'TIMEOUT'].includes(failure.code));
      }),
      { numRuns: 200 },
    );
  });
});
