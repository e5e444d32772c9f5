import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '@iddocs/testing';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ seed: DEFAULT_SEED });
});
afterEach(() => fixture.close());

/** A fetch that aborts `controller` shortly after the create request has left. */
function abortingAfterCreateLeaves(controller: AbortController): typeof fetch {
  return (input, init) => {
    if (input instanceof Request && input.method === 'POST' && input.url.endsWith('/api/v2/my/documents')) setTimeout(() => controller.abort(), 50);
    return fetch(input, init);
  };
}

describe('upload() cancelled while its create is in flight', () => {
  it('rejects with ABORTED and the held-back create makes no document', async () => {
    const controller = new AbortController();
    const client = fixture.client({ fetch: abortingAfterCreateLeaves(controller) });
    const before = fixture.api.documents().length;
    // The fake holds the create back and drops it if the client goes away meanwhile.
    fixture.api.inject('create', { type: 'latency', ms: 1000 });

    await expect(client.upload(jpegFile('cancelled.jpg'), { typeId: 1, signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    expect(fixture.api.documents()).toHaveLength(before);
  });
});
