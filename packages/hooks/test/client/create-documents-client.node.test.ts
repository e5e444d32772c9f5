import { describe, expect, it } from 'vitest';
import { createDocumentsClient, type DocumentsClientOptions } from '../../src/client/index.js';

describe('createDocumentsClient options', () => {
  const cases: [string, Partial<DocumentsClientOptions>, RegExp][] = [
    ['no baseUrl', { getAccessToken: () => 't' }, /pass `baseUrl`/],
    ['an empty baseUrl', { baseUrl: '', getAccessToken: () => 't' }, /pass `baseUrl`/],
    ['a baseUrl that is not a URL', { baseUrl: 'not a url', getAccessToken: () => 't' }, /is not a URL/],
    ['a protocol-relative baseUrl outside a page', { baseUrl: '//broker.example', getAccessToken: () => 't' }, /is not a URL/],
    ['no getAccessToken', { baseUrl: 'https://broker.example' }, /pass `getAccessToken`/],
  ];

  it.each(cases)('throws a TypeError that says what to pass when given %s', (_case, options, message) => {
    expect(() => createDocumentsClient(options as DocumentsClientOptions)).toThrow(TypeError);
    expect(() => createDocumentsClient(options as DocumentsClientOptions)).toThrow(message);
  });

  it('returns a client with every method of the contract, and the file rules it enforces', () => {
    const client = createDocumentsClient({ baseUrl: 'https://broker.example', getAccessToken: () => 't' });

    expect(Object.keys(client).toSorted()).toEqual(['checkFile', 'create', 'delete', 'fileRules', 'get', 'getFile', 'list', 'upload', 'uploadFile']);
    const methods = Object.entries(client).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    expect(methods).toHaveLength(8);
  });

  it('takes a path as baseUrl outside a browser page (server-side rendering), and sends nothing with it', async () => {
    const sent: string[] = [];
    const recordingFetch = async (input: RequestInfo | URL) => {
      sent.push(String(input instanceof Request ? input.url : input));
      return Response.json([]);
    };
    const client = createDocumentsClient({ baseUrl: '/broker', getAccessToken: () => 't', fetch: recordingFetch, retry: { limit: 2, baseDelayMs: 1 } });

    const failure = await client.list().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'DocumentsError', code: 'NETWORK' });
    expect((failure as Error).message).toBe(
      'GET /broker/api/v2/my/documents failed: baseUrl is a path, and there is no page to resolve it against. Outside a browser page, pass an absolute baseUrl.',
    );
    expect(sent).toEqual([]);
  });
});
