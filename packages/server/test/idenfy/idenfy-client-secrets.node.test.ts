import { describe, expect, it } from 'vitest';
import { ENCODED, KEY, SECRET, expectNoSecrets, refs, seed, setup } from './support.js';

describe('iDenfy client: credentials never leak', () => {
  it('should keep the secret out of every report, even when iDenfy echoes it back in an error', async () => {
    const ids = refs('s', 6);
    const { idenfy, client } = await setup({ verifications: { ...seed(ids), 's-3': 'active' } }, { format: 'batch' });
    const outputs: unknown[] = [];
    const echo = `Bad header Basic ${ENCODED} for ${KEY}:${SECRET}. Scan-ref: s-1.`;
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message: echo } });
    idenfy.inject({ type: 'status', status: 500, body: { identifier: 'INTERNAL_ERROR', message: `oops ${SECRET}` } }, { times: 3 });
    outputs.push(await client.deleteVerifications(ids));
    idenfy.clearFaults();
    outputs.push(await client.deleteVerifications(ids));
    const { client: unauthorized } = await setup({ verifications: seed(ids), apiSecret: 'x-other' });
    outputs.push(await unauthorized.deleteVerifications(ids));
    const [first] = outputs as { failed: { id: string; message: string }[] }[];
    expect(first?.failed.find((failure) => failure.id === 's-1')?.message).toContain('***');
    expectNoSecrets(outputs);
    expectNoSecrets(JSON.stringify(idenfy.requests));
  });
});
