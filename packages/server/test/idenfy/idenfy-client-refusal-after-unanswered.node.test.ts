import { describe, expect, it } from 'vitest';
import { failureOf, setup } from './support.js';

// After an attempt that got no clear answer, only a "not found" can mean "that attempt probably deleted it".
// Any other refusal proves the id is still there (or was never valid) and must keep its own code and message.
describe('iDenfy client: a refusal other than "not found" after an unanswered attempt', () => {
  it('given a 500 then "Token has not expired yet", it should report NOT_YET_DELETABLE, not "probably deleted"', async () => {
    const { idenfy, client } = await setup({ verifications: { 's-0': 'active' } });
    idenfy.inject({ type: 'status', status: 500 });
    const report = await client.deleteVerifications(['s-0']);
    expect(idenfy.requests.map((request) => request.status)).toEqual([500, 400]);
    const failure = failureOf(report, 's-0');
    expect(failure).toMatchObject({ code: 'NOT_YET_DELETABLE', retryable: true });
    expect(failure.message).toContain('Token has not expired yet');
    expect(failure.message).not.toContain('probably deleted');
  });

  it('given a dropped connection then BAD_VALUE naming the id, it should report INVALID_ID, not retryable', async () => {
    const { idenfy, client } = await setup({ verifications: { 's-0': 'deletable' } });
    idenfy.inject({ type: 'drop' });
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message: 'Scan-ref has a wrong format. Scan-ref: s-0.' } });
    const report = await client.deleteVerifications(['s-0']);
    expect(report.deleted).toEqual([]);
    expect(failureOf(report, 's-0')).toMatchObject({ code: 'INVALID_ID', retryable: false });
  });
});
