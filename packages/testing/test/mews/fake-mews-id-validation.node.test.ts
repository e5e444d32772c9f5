import { DEFAULT_IDENTITY_DOCUMENTS } from '@iddocs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAR_PATH, DELETE_PATH, guids, serveMews, type ServedMews } from './mews-support.js';

let served: ServedMews;
afterEach(() => served.server.close());

const [first] = DEFAULT_IDENTITY_DOCUMENTS.map((doc) => doc.Id);
const customer = DEFAULT_IDENTITY_DOCUMENTS[0]?.CustomerId ?? '';

// Mews answers "Invalid {Parameter}" (400) to an id that is not a GUID: a client that sends a customer number or a
// GUID with junk around it must fail against the fake as it would against Mews.
describe('ids must be GUIDs', () => {
  it.each([
    ['a customer number', ['12345']],
    ['a GUID with a suffix', [`${customer}-x`]],
    ['a GUID with a prefix', [`x${customer}`]],
    ['a number', [1]],
  ])('clear answers 400 "Invalid CustomerIds." to %s and deletes nothing', async (_name, ids) => {
    served = await serveMews();
    const response = await served.post(CLEAR_PATH, { CustomerIds: ids });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Message: 'Invalid CustomerIds.' });
    expect(served.mews.identityDocuments()).toHaveLength(3);
  });

  it('delete answers 400 to a known id with a suffix', async () => {
    served = await serveMews();
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [`${first}0`] });
    expect(response.status).toBe(400);
    expect(served.mews.identityDocuments()).toHaveLength(3);
  });

  it.each(['not-a-guid', 42, ''])('a portfolio token needs a GUID ChainId, not %j', async (chainId) => {
    served = await serveMews({ portfolioTokens: ['portfolio-token-1'] });
    const response = await served.post(DELETE_PATH, { AccessToken: 'portfolio-token-1', ChainId: chainId, IdentityDocumentIds: [first] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Message: 'Invalid ChainId.' });
    expect(served.mews.identityDocuments()).toHaveLength(3);
    expect((await served.post(DELETE_PATH, { AccessToken: 'portfolio-token-1', ChainId: guids(1, 'a')[0], IdentityDocumentIds: [first] })).status).toBe(200);
  });
});

describe('content type', () => {
  it.each(['application/jsonx', 'text/plain; charset=application/json', 'application/json-patch+json'])(
    'answers 400 to a JSON body sent as %s and deletes nothing',
    async (contentType) => {
      served = await serveMews();
      const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] }, { 'content-type': contentType });
      expect(response.status).toBe(400);
      expect(served.mews.identityDocuments()).toHaveLength(3);
    },
  );
});
