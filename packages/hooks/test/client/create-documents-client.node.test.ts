import { describe, expect, it } from 'vitest';
import { createDocumentsClient, type DocumentsClientOptions } from '../../src/client/index.js';

describe('createDocumentsClient options', () => {
  const cases: [string, Partial<DocumentsClientOptions>, RegExp][] = [
    ['no baseUrl', { getAccessToken: () => 't' }, /pass `baseUrl`/],
    ['an empty baseUrl', { baseUrl: '', getAccessToken: () => 't' }, /pass `baseUrl`/],
    ['a baseUrl that is not a URL', { baseUrl: 'not a url', getAccessToken: () => 't' }, /is not a URL/],
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
});
