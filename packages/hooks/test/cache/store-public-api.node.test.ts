import { createDocumentsStore, documentKey, documentsListKey, type DocumentsQueryKey } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { createTestClient, fakeIds, setupFakeDocumentsServer } from './fake-documents-server.js';

const api = setupFakeDocumentsServer();

describe('the store without React, from the package entry alone', () => {
  it('has the keys its methods take: a list and one document are read by the keys the entry exports', async () => {
    const store = createDocumentsStore(createTestClient());
    const [firstId] = fakeIds(api);
    const keys: DocumentsQueryKey[] = [documentsListKey({ limit: 2 }), documentKey(firstId!)];

    await Promise.all(keys.map((key) => store.fetch(key)));

    expect(store.getSnapshot(keys[0]!)).toMatchObject({ status: 'success', data: [{ documents: [{ id: firstId }, {}] }] });
    expect(store.getSnapshot(keys[1]!)).toMatchObject({ status: 'success', data: { id: firstId } });
  });
});
