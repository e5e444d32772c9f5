import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentsError } from '../../src/client/index.js';
import { requestsTo, startDocumentsFixture, type DocumentsFixture } from './documents-fixture.js';
import { jpegFile } from './test-files.js';

let fixture: DocumentsFixture;

beforeEach(async () => {
  fixture = await startDocumentsFixture({ accessTokens: ['fresh-token'] });
});
afterEach(() => fixture.close());

function authorizationHeaders(): (string | undefined)[] {
  return fixture.api.requests.map((request) => request.headers['authorization']);
}

describe('access tokens', () => {
  it('accepts a synchronous getAccessToken', async () => {
    const page = await fixture.client({ getAccessToken: () => 'fresh-token' }).list();

    expect(page.documents).toEqual([]);
    expect(authorizationHeaders()).toEqual(['Bearer fresh-token']);
  });

  it('accepts an async getAccessToken and asks for the token again before every request', async () => {
    let calls = 0;
    const client = fixture.client({
      getAccessToken: async () => {
        calls += 1;
        return 'fresh-token';
      },
    });

    await client.list();
    await client.list({ offset: 10 });

    expect(calls).toBe(2);
    expect(authorizationHeaders()).toEqual(['Bearer fresh-token', 'Bearer fresh-token']);
  });

  it.each([null, undefined, ''])('rejects with UNAUTHORIZED without a request when getAccessToken returns %j', async (token) => {
    const error = await fixture
      .client({ getAccessToken: () => token })
      .list()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DocumentsError);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((error as Error).message).toContain('getAccessToken returned nothing');
    expect(fixture.api.requests).toHaveLength(0);
  });

  it('rejects with UNAUTHORIZED (cause kept) when getAccessToken throws', async () => {
    const failure = new Error('storage locked');

    await expect(fixture.client({ getAccessToken: () => Promise.reject(failure) }).list()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      cause: failure,
    });
    expect(fixture.api.requests).toHaveLength(0);
  });
});

describe('401 handling', () => {
  it('without onUnauthorized, a 401 is UNAUTHORIZED at once', async () => {
    await expect(fixture.client({ getAccessToken: () => 'stale-token' }).list()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      status: 401,
    });
    expect(fixture.api.requests).toHaveLength(1);
  });

  it('calls onUnauthorized once, then replays the request with the refreshed token', async () => {
    let token = 'stale-token';
    let refreshes = 0;
    const client = fixture.client({
      getAccessToken: () => token,
      onUnauthorized: async () => {
        refreshes += 1;
        token = 'fresh-token';
      },
    });

    const page = await client.list();

    expect(page.documents).toEqual([]);
    expect(refreshes).toBe(1);
    expect(authorizationHeaders()).toEqual(['Bearer stale-token', 'Bearer fresh-token']);
  });

  it('concurrent 401s share one refresh call', async () => {
    let token = 'stale-token';
    let refreshes = 0;
    const client = fixture.client({
      getAccessToken: () => token,
      onUnauthorized: async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        token = 'fresh-token';
      },
    });

    const pages = await Promise.all([client.list(), client.list({ offset: 1 }), client.list({ offset: 2 }), client.list({ offset: 3 })]);

    expect(pages).toHaveLength(4);
    expect(refreshes).toBe(1);
    expect(authorizationHeaders().filter((header) => header === 'Bearer stale-token')).toHaveLength(4);
    expect(authorizationHeaders().filter((header) => header === 'Bearer fresh-token')).toHaveLength(4);
  });

  it('a second 401 after the refresh is UNAUTHORIZED, with no further refresh', async () => {
    let refreshes = 0;
    const client = fixture.client({
      getAccessToken: () => 'stale-token',
      onUnauthorized: () => {
        refreshes += 1;
      },
    });

    await expect(client.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(refreshes).toBe(1);
    expect(fixture.api.requests).toHaveLength(2);
  });

  it('a refresh that throws is UNAUTHORIZED with the refresh error as cause', async () => {
    const failure = new Error('refresh token expired');
    const client = fixture.client({ getAccessToken: () => 'stale-token', onUnauthorized: () => Promise.reject(failure) });

    await expect(client.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED', cause: failure });
    expect(fixture.api.requests).toHaveLength(1);
  });

  it('the upload step also refreshes and replays once after a 401', async () => {
    let token = 'stale-token';
    const client = fixture.client({ getAccessToken: () => token, onUnauthorized: () => void (token = 'fresh-token') });

    const path = await client.uploadFile(jpegFile());

    expect(path).toMatch(/passport\.jpg$/);
    expect(requestsTo(fixture.api, 'upload').map((request) => request.headers['authorization'])).toEqual([
      'Bearer stale-token',
      'Bearer fresh-token',
    ]);
  });
});
