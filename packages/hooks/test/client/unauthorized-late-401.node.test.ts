import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ accessTokens: ['fresh-token'] });
});
afterEach(() => fixture.close());

/** A token holder whose refreshes are counted. */
function tokenHolder() {
  const holder = {
    token: 'stale-token',
    refreshes: 0,
    getAccessToken: () => holder.token,
    onUnauthorized: () => {
      holder.refreshes += 1;
      holder.token = 'fresh-token';
    },
  };
  return holder;
}

/** A fetch that holds back the first answer to a list at `offset=1` until `release` is called. */
function holdingFirstSlowAnswer() {
  const gate = { release: () => {} };
  const released = new Promise<void>((resolve) => {
    gate.release = resolve;
  });
  let held = false;
  const holding: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (!held && input instanceof Request && input.url.includes('offset=1')) {
      held = true;
      await released;
    }
    return response;
  };
  return { fetch: holding, release: () => gate.release() };
}

describe('a 401 to a request sent before the last refresh', () => {
  it('is replayed with the new token without refreshing again', async () => {
    const holder = tokenHolder();
    const slowAnswer = holdingFirstSlowAnswer();
    const client = fixture.client({ getAccessToken: holder.getAccessToken, onUnauthorized: holder.onUnauthorized, fetch: slowAnswer.fetch });

    // Both leave with the stale token; the slow one's 401 comes back only after the other's refresh is done.
    const slow = client.list({ offset: 1 });
    await client.list();
    expect(holder.refreshes).toBe(1);
    slowAnswer.release();
    await slow;

    expect(holder.refreshes).toBe(1);
    const sent = fixture.api.requests.map((request) => `${request.url} ${request.headers['authorization']}`).toSorted();
    expect(sent).toEqual([
      '/api/v2/my/documents?limit=10&offset=0 Bearer fresh-token',
      '/api/v2/my/documents?limit=10&offset=0 Bearer stale-token',
      '/api/v2/my/documents?limit=10&offset=1 Bearer fresh-token',
      '/api/v2/my/documents?limit=10&offset=1 Bearer stale-token',
    ]);
  });
});
