import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

/** A fetch that aborts `controller` as the first list request leaves (the lookup after an ambiguous create). */
function abortingOnLookup(controller: AbortController): typeof fetch {
  return (input, init) => {
    if (input instanceof Request && input.method === 'GET' && input.url.includes('/api/v2/my/documents?')) controller.abort();
    return fetch(input, init);
  };
}

describe('when the lookup after an ambiguous create fails', () => {
  it('rejects with the create’s own failure and never posts again (the first POST may have been applied)', async () => {
    const client = fixture.client();
    const path = await client.uploadFile(jpegFile('once.jpg'));
    fixture.api.inject('create', { type: 'drop', when: 'after' });
    fixture.api.inject('list', { type: 'status', status: 500 }, { times: Infinity });

    await expect(client.create({ file: path, typeId: 1 })).rejects.toMatchObject({ code: 'NETWORK' });
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
    expect(fixture.api.documents().filter((stored) => stored.file === path)).toHaveLength(1);
  });

  it('a cancel during the lookup rejects with ABORTED', async () => {
    const controller = new AbortController();
    const client = fixture.client({ fetch: abortingOnLookup(controller) });
    const path = await client.uploadFile(jpegFile('cancelled.jpg'));
    fixture.api.inject('create', { type: 'drop', when: 'after' });

    await expect(client.create({ file: path, typeId: 1 }, { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(requestsTo(fixture.api, 'create')).toHaveLength(1);
  });
});
