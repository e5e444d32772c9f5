import { describe, expect, it } from 'vitest';
import { SECRET, failureOf, setup } from './support.js';

/** Where iDenfy messages are cut (classify-idenfy-answer's MAX_MESSAGE). */
const CUT_AT = 300;
/** How many characters of the secret a cut-then-redact order would leave: fewer than the 12 a fragment needs. */
const LEFT_OVER = 8;

// A long iDenfy message quoting the secret is redacted whole and only then cut: cutting first can leave a stub
// of the secret too short for the fragment rule (12 characters) to recognise.
describe('iDenfy client: a long error message quoting the secret', () => {
  it('is redacted before it is cut, so no stub of the secret survives the cut', async () => {
    const { idenfy, client } = await setup({ verifications: { 's-0': 'deletable' } });
    const message = `Rejected: ${'x'.repeat(CUT_AT - LEFT_OVER - 'Rejected: '.length)}${SECRET} for scan-ref: s-0.`;
    expect(message.indexOf(SECRET)).toBe(CUT_AT - LEFT_OVER);
    idenfy.inject({ type: 'status', status: 400, body: { identifier: 'BAD_VALUE', message } });
    const report = await client.deleteVerifications(['s-0']);
    const failure = failureOf(report, 's-0');
    expect(failure.message).toContain('Rejected: xxx');
    expect(failure.message).not.toContain(SECRET.slice(0, LEFT_OVER));
  });
});
