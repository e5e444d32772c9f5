import { createJpegBytes } from '@iddocs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, createJson, serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

const LIST = '/api/v2/my/documents';

/** A request to `route` with the given Authorization header (none when `undefined`). */
async function requestRoute(route: string, authorization: string | undefined): Promise<Response> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const [doc] = served.api.documents();
  const form = new FormData();
  form.append('file', new Blob([createJpegBytes()]), 'a.jpg');
  const requests: Record<string, [string, RequestInit]> = {
    list: [LIST, {}],
    get: [`${LIST}/${doc?.id}`, {}],
    create: [LIST, { ...createJson({ file: doc?.file, typeId: 1 }), headers: { ...headers, 'content-type': 'application/json' } }],
    delete: [`${LIST}/${doc?.id}`, { method: 'DELETE' }],
    upload: ['/api/v2/my/files', { method: 'POST', body: form }],
    file: [doc?.fileUrl ?? '', {}],
  };
  const [path, init] = requests[route] ?? ['', {}];
  return fetch(`${served.server.url}${path}`, { headers, ...init });
}

// The real API acts on the client the bearer token names: no route may answer, or change anything, without it.
describe.each(['list', 'get', 'create', 'delete', 'upload', 'file'])('the %s route', (route) => {
  it.each([
    ['no Authorization header', undefined],
    ['the bare token without the Bearer scheme', 'test-token'],
    ['an empty Bearer credential', 'Bearer '],
  ])('answers 401 to %s and changes nothing', async (_name, authorization) => {
    const before = served.api.documents();
    const response = await requestRoute(route, authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(served.api.documents()).toEqual(before);
  });

  it('answers with the token', async () => {
    const response = await requestRoute(route, AUTH.authorization);
    expect(response.status).toBeLessThan(300);
  });
});

describe('an injected 401', () => {
  it('challenges for a bearer token, as the real 401 does', async () => {
    served.api.inject('list', { type: 'status', status: 401 });
    const response = await served.call(LIST);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});
