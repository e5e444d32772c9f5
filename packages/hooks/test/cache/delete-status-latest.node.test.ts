import { describe, expect, it, vi } from 'vitest';
import { createDeleteMutation } from '../../src/cache/delete-mutation.js';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from './fake-documents-server.js';

const api = setupFakeDocumentsServer();

/** A delete mutation whose first DELETE is answered late. */
function mutationWithSlowFirstDelete() {
  api.inject('delete', { type: 'latency', ms: 150 });
  return createDeleteMutation(createDocumentsStore(createTestClient()));
}

describe('the status of a delete mutation follows its latest call', () => {
  it('an older delete that finishes last does not take the status back', async () => {
    const deletion = mutationWithSlowFirstDelete();
    const [older, newer] = fakeIds(api);

    const slow = deletion.getSnapshot().deleteDocumentAsync(older ?? '');
    await vi.waitFor(() => expect(requestsTo(api, 'delete')).toHaveLength(1));
    await deletion.getSnapshot().deleteDocumentAsync(newer ?? '');
    expect(deletion.getSnapshot()).toMatchObject({ status: 'success', variables: newer });
    await slow;

    expect(deletion.getSnapshot()).toMatchObject({ status: 'success', variables: newer });
    expect(deletion.getSnapshot().isDeleting(older ?? '')).toBe(false);
  });

  it('after reset, a delete in flight finishes without changing the status', async () => {
    const deletion = mutationWithSlowFirstDelete();
    const [target] = fakeIds(api);

    const pending = deletion.getSnapshot().deleteDocumentAsync(target ?? '');
    deletion.getSnapshot().reset();
    await pending;

    expect(deletion.getSnapshot()).toMatchObject({ status: 'idle', error: null, variables: undefined });
    expect(fakeIds(api)).not.toContain(target);
  });
});
