import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJson, serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

const LIST = '/api/v2/my/documents';

// A malformed-json fault garbles a success. A request the real API refuses must still get its refusal (as the fake
// Mews and iDenfy do): a 200 would let a client's test pass against the fake with a request production refuses.
describe('a malformed-json fault', () => {
  it('answers a request without the bearer token with its 401, not 200', async () => {
    served.api.inject('list', { type: 'malformed-json' });
    const response = await fetch(`${served.server.url}${LIST}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('answers a create of an unknown document type with its 400, creating nothing', async () => {
    const [doc] = served.api.documents();
    const before = served.api.documents().length;
    served.api.inject('create', { type: 'malformed-json' });
    const response = await served.call(LIST, createJson({ file: doc?.file, typeId: 99 }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'UNKNOWN_DOCUMENT_TYPE' });
    expect(served.api.documents()).toHaveLength(before);
  });

  it('answers a get of a missing document with its 404', async () => {
    served.api.inject('get', { type: 'malformed-json' });
    const response = await served.call(`${LIST}/999`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('still garbles the answer of a request that succeeds', async () => {
    const [doc] = served.api.documents();
    served.api.inject('delete', { type: 'malformed-json' });
    const response = await served.call(`${LIST}/${doc?.id}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
    expect(served.api.documents().some((stored) => stored.id === doc?.id)).toBe(false);
  });
});
