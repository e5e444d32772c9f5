import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

// 408 is the server giving up on a slow request: the same ambiguity as our own timeout, not a fault in the request.
describe('an HTTP 408 Request Timeout', () => {
  it('is TIMEOUT with the status', async () => {
    fixture.api.inject('list', { type: 'status', status: 408 });

    await expect(fixture.client({ retry: false }).list()).rejects.toMatchObject({ code: 'TIMEOUT', status: 408 });
  });

  it('is retried like a timeout', async () => {
    fixture.api.inject('list', { type: 'status', status: 408 });

    const page = await fixture.client().list();

    expect(page.documents).toHaveLength(DEFAULT_SEED.length);
    expect(requestsTo(fixture.api, 'list')).toHaveLength(2);
  });
});
