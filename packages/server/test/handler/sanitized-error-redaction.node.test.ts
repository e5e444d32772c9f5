import { describe, expect, it } from 'vitest';
import type { SanitizedError } from '../../src/index.js';
import { DELETE_PATH, guid, postJson, serveHandler } from './support.js';

const PASSWORD = 'Pa55w0rd-VERY-secret-0123';
const SESSION = 's3ss10n-VALUE-9f8e7d';

/** An authorize that fails with `message`: the host's own error, which onError hears about, sanitized. */
function throwing(message: string) {
  return (): boolean => {
    throw new Error(message);
  };
}

/** What onError receives when authorize throws `message`. */
async function sanitized(message: string): Promise<SanitizedError[]> {
  const errors: SanitizedError[] = [];
  const { url } = await serveHandler({ authorize: throwing(message), onError: (error) => errors.push(error) });
  expect((await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] })).status).toBe(403);
  return errors;
}

describe('onError messages are redacted before they are cut to length', () => {
  it('hides a URL password that the 500-character cut would otherwise split from its "@"', async () => {
    // The password starts at character 490, so a cut at 500 keeps its first 10 characters but drops the "@"
    // that the URL-credential redaction looks for: redacting first is what keeps them out.
    const lead = 'session store failed: ';
    const message = `${lead}${'x'.repeat(490 - lead.length - 'postgres://app:'.length)}postgres://app:${PASSWORD}@db.internal/`;
    expect(message.indexOf(PASSWORD)).toBe(490);
    const errors = await sanitized(message);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('session store failed');
    expect(errors[0]?.message).not.toContain(PASSWORD.slice(0, 6));
  });
});

describe('onError messages hide credential-looking values', () => {
  it.each([`token=${SESSION}`, `"token": "${SESSION}"`, `refresh_token=${SESSION}&x=1`])('redacts the value of %s', async (fragment) => {
    const errors = await sanitized(`session refresh failed (${fragment})`);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('session refresh failed');
    expect(errors[0]?.message).not.toContain(SESSION);
  });
});
