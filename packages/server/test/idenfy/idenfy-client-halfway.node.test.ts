import { describe, expect, it } from 'vitest';
import { expectWellFormed, failureOf, refs, seed, setup } from './support.js';

describe('iDenfy client: a refused id halfway through a batch', () => {
  it('given an active id at position 40 of 100, it should report 39 deleted before it, it failed, and delete the 60 after it in a continuation', async () => {
    const ids = refs('s', 100);
    const bad = ids[39] ?? '';
    const { idenfy, client, bodies } = await setup({ verifications: { ...seed(ids), [bad]: 'active' } });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toEqual([{ scanRefs: ids }, { scanRefs: ids.slice(40) }]);
    expect(report.deleted).toEqual(ids.filter((id) => id !== bad));
    expect(report.failed).toHaveLength(1);
    expect(failureOf(report, bad)).toMatchObject({ code: 'NOT_YET_DELETABLE', retryable: true });
    expect(failureOf(report, bad).message).toContain('Token has not expired yet');
    expect(Object.values(idenfy.verifications()).filter((state) => state === 'deleted')).toHaveLength(99);
    expectWellFormed(report, ids);
  });

  it('given several bad ids (active and unknown), it should continue after each and tell retryable from permanent', async () => {
    const ids = refs('s', 10);
    const { idenfy, client, bodies } = await setup({ verifications: { ...seed(ids), 's-2': 'active', 's-7': 'active' } });
    const input = [...ids.slice(0, 5), 'ghost', ...ids.slice(5)];
    const report = await client.deleteVerifications(input);
    expect(bodies()).toHaveLength(4);
    expect(bodies()[3]).toEqual({ scanRefs: ['s-8', 's-9'] });
    expect(report.deleted).toEqual(['s-0', 's-1', 's-3', 's-4', 's-5', 's-6', 's-8', 's-9']);
    expect(failureOf(report, 's-2')).toMatchObject({ code: 'NOT_YET_DELETABLE', retryable: true });
    expect(failureOf(report, 's-7')).toMatchObject({ code: 'NOT_YET_DELETABLE', retryable: true });
    expect(failureOf(report, 'ghost')).toMatchObject({ code: 'INVALID_ID', retryable: false });
    expect(Object.entries(idenfy.verifications()).filter(([, state]) => state === 'deleted').map(([id]) => id).toSorted()).toEqual([...report.deleted].toSorted());
    expectWellFormed(report, input);
  });

  it('should read the named id past the sentence full stop, even for ids that end in "." next to a look-alike', async () => {
    const { client, bodies } = await setup({ verifications: { x: 'deletable', 'x.': 'active', y: 'deletable' } });
    const report = await client.deleteVerifications(['x', 'x.', 'y']);
    expect(report.deleted).toEqual(['x', 'y']);
    expect(failureOf(report, 'x.')).toMatchObject({ code: 'NOT_YET_DELETABLE' });
    expect(bodies()).toEqual([{ scanRefs: ['x', 'x.', 'y'] }, { scanRefs: ['y'] }]);
  });

  it('given a bad id as the last of a chunk, it should not send an empty continuation', async () => {
    const ids = refs('s', 3);
    const { client, bodies } = await setup({ verifications: { ...seed(ids), 's-2': 'active' } });
    const report = await client.deleteVerifications(ids);
    expect(bodies()).toHaveLength(1);
    expect(report.deleted).toEqual(['s-0', 's-1']);
  });

  it('given an error that names no scan-ref, it should fail the whole chunk and report none deleted', async () => {
    const ids = refs('s', 5);
    const { idenfy, client } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message: 'Something in the request is wrong.' } });
    const report = await client.deleteVerifications(ids);
    expect(report.deleted).toEqual([]);
    expect(report.failed.map((failure) => failure.id)).toEqual(ids);
    for (const failure of report.failed) expect(failure).toMatchObject({ code: 'REJECTED', retryable: false });
    expectWellFormed(report, ids);
  });

  it('given an error naming a scan-ref that was not sent, it should trust nothing and fail the chunk', async () => {
    const ids = refs('s', 4);
    const { idenfy, client } = await setup({ verifications: seed(ids) });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'PARTNER_ERROR', message: 'Token has not expired yet. Scan-ref: other-9.' } });
    const report = await client.deleteVerifications(ids);
    expect(report.deleted).toEqual([]);
    expect(report.failed.map((failure) => failure.code)).toEqual(['NOT_YET_DELETABLE', 'NOT_YET_DELETABLE', 'NOT_YET_DELETABLE', 'NOT_YET_DELETABLE']);
  });

  it('given a refusal whose body is not JSON, it should fail the chunk though iDenfy deleted the ids before the bad one', async () => {
    const ids = refs('s', 4);
    const { idenfy, client } = await setup({ verifications: { ...seed(ids), 's-2': 'active' } });
    idenfy.inject({ type: 'malformed-json' });
    const report = await client.deleteVerifications(ids);
    expect(idenfy.verifications()['s-0']).toBe('deleted');
    expect(report.deleted).toEqual([]);
    expect(report.failed.map((failure) => failure.id)).toEqual(ids);
  });
});
