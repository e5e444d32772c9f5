import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

// Timers hold at most 2^31−1 ms; an app that wants "no timeout" passes Infinity, which must not break every call.
describe('a timeout beyond what a timer can hold', () => {
  it.each([Infinity, 2 ** 31])('timeout: %d still lets calls through', async (timeout) => {
    const page = await fixture.client({ timeout }).list();

    expect(page.documents).toHaveLength(DEFAULT_SEED.length);
  });
});
