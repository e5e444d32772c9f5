import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

const LIST = '/api/v2/my/documents';

// Document ids are integers: a client that builds "1.0" or "0x1" from a number must see the 404 a real server gives,
// not the document JavaScript's Number() would find.
describe('document ids', () => {
  it.each(['1.0', '0x1', '1e0', '+1', '1%20'])('answers 404 to id %s on get and delete, deleting nothing', async (id) => {
    const before = served.api.documents();
    expect(before.some((doc) => doc.id === 1)).toBe(true);
    const got = await served.call(`${LIST}/${id}`);
    expect(got.status).toBe(404);
    expect(await got.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await served.call(`${LIST}/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect(served.api.documents()).toEqual(before);
  });
});

describe('paths and methods', () => {
  it('answers 404 to a path below a document, instead of serving the document', async () => {
    const response = await served.call(`${LIST}/1/extra`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each(['POST', 'PUT', 'PATCH'])('answers 405 with Allow to %s on a document, changing nothing', async (method) => {
    const before = served.api.documents();
    const response = await served.call(`${LIST}/1`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, DELETE, OPTIONS');
    expect(served.api.documents()).toEqual(before);
  });
});
