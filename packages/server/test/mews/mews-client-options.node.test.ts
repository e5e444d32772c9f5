import { toFetch } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';
import { createMewsClient, type MewsClientOptions } from '../../src/mews/index.js';
import { ACCESS_TOKEN, CLIENT_TOKEN, SECRETS } from './mews-client-support.js';

const VALID: MewsClientOptions = {
  platformAddress: 'https://api.mews-demo.com',
  clientToken: CLIENT_TOKEN,
  accessToken: ACCESS_TOKEN,
  client: 'Acme Portal 1.0.0',
};

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}

describe('createMewsClient options', () => {
  it.each(['platformAddress', 'clientToken', 'accessToken', 'client'] as const)('names a missing or empty %s', (name) => {
    for (const value of [undefined, '', '   ']) {
      const error = thrownBy(() => createMewsClient({ ...VALID, [name]: value } as MewsClientOptions));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain(`\`${name}\``);
      for (const secret of SECRETS) expect(error.message).not.toContain(secret);
    }
  });

  it.each([
    'http://api.mews.com',
    'ftp://api.mews.com',
    'api.mews.com',
    `https://user:${ACCESS_TOKEN}@api.mews.com`,
    'https://api.mews.com/?x=1',
  ])('refuses the address %s without echoing it', (platformAddress) => {
    const error = thrownBy(() => createMewsClient({ ...VALID, platformAddress }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('`platformAddress`');
    expect(error.message).not.toContain(ACCESS_TOKEN);
  });

  it.each(['https://api.mews.com/', 'http://localhost:8080', 'http://127.0.0.1:1234', 'http://[::1]:1234'])('accepts %s', (platformAddress) => {
    expect(() => createMewsClient({ ...VALID, platformAddress })).not.toThrow();
  });

  it('refuses bad limits and timeouts', () => {
    expect(() => createMewsClient({ ...VALID, timeout: 0 })).toThrow(TypeError);
    expect(() => createMewsClient({ ...VALID, rateLimit: { limit: 0 } })).toThrow(TypeError);
    expect(() => createMewsClient({ ...VALID, chainId: '' })).toThrow(TypeError);
  });

  it('posts to the address without a doubled slash and never follows redirects', async () => {
    const urls: string[] = [];
    const redirecting = toFetch(async (request) => {
      urls.push(request.url);
      return new Response(null, { status: 307, headers: { location: 'https://evil.example/steal' } });
    });
    const client = createMewsClient({ ...VALID, platformAddress: 'https://api.mews.com/', fetch: redirecting });
    const report = await client.deleteIdentityDocuments(['a']);
    expect(urls).toEqual(['https://api.mews.com/api/connector/v1/identityDocuments/delete']);
    expect(report.failed[0]).toMatchObject({ code: 'UPSTREAM_NOT_FOUND', retryable: false });
  });

  it('rejects a non-array and an empty per-call chainId', async () => {
    const client = createMewsClient(VALID);
    await expect(client.deleteIdentityDocuments('abc' as unknown as string[])).rejects.toThrow(TypeError);
    await expect(client.deleteIdentityDocuments(['a'], { chainId: '' })).rejects.toThrow(TypeError);
  });
});
