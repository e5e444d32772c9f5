import { describe, expect, it } from 'vitest';
import { KEY, failureOf, setup } from './support.js';

// The README counts the API key among the secrets ("the API key and secret ... never appear"). It is the Basic
// username, so an iDenfy error may well quote it in plain text, without the secret next to it.
describe('iDenfy client: the API key is a secret too', () => {
  it.each([
    [401, { detail: `Invalid API key ${KEY}.` }],
    [400, { identifier: 'BAD_VALUE', message: `Partner ${KEY} may not delete scan-ref: s-0.` }],
  ])('keeps the key out of the report when a %i quotes it', async (status, body) => {
    const { idenfy, client } = await setup({ verifications: { 's-0': 'deletable' } });
    idenfy.inject({ type: 'status', status, body });
    const report = await client.deleteVerifications(['s-0']);
    expect(failureOf(report, 's-0').message).toContain('***');
    expect(JSON.stringify(report)).not.toContain(KEY);
  });
});
