import { DEFAULT_IDENTITY_DOCUMENTS, type MewsRoute } from '@iddocs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAR_PATH, DELETE_PATH, documentsFor, GUID, guids, serveMews, type ServedMews } from './mews-support.js';

let served: ServedMews;
afterEach(() => served.server.close());

const [first, second] = DEFAULT_IDENTITY_DOCUMENTS.map((doc) => doc.Id);
const remaining = () => served.mews.identityDocuments().length;

describe('status faults', () => {
  it.each([408, 409, 500, 503])('answers %i once with a Mews error body and deletes nothing', async (status) => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'status', status, message: 'Injected trouble.' });
    const faulted = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    expect(faulted.status).toBe(status);
    expect(faulted.headers.get('request-id')).toMatch(GUID);
    expect(await faulted.json()).toEqual({ Message: 'Injected trouble.', RequestId: faulted.headers.get('request-id') });
    expect(remaining()).toBe(3);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(200);
  });

  it.each([204, 205, 304])('answers %i, a status without a body, with no body, a Request-Id, and deletes nothing', async (status) => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'status', status });
    const faulted = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    expect(faulted.status).toBe(status);
    expect(faulted.headers.get('request-id')).toMatch(GUID);
    expect(await faulted.text()).toBe('');
    expect(served.mews.requests[0]?.status).toBe(status);
    expect(remaining()).toBe(3);
  });

  it('sends Retry-After with an injected 429, for the given number of times', async () => {
    served = await serveMews();
    served.mews.inject('*', { type: 'status', status: 429, retryAfterSeconds: 2 }, { times: 2 });
    const deleted = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    const cleared = await served.post(CLEAR_PATH, { CustomerIds: guids(1, 'c') });
    expect([deleted.status, cleared.status]).toEqual([429, 429]);
    expect(deleted.headers.get('retry-after')).toBe('2');
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(200);
  });

  it('applies faults to their route only, first in first out, until cleared', async () => {
    served = await serveMews();
    served.mews.inject('clear', { type: 'status', status: 503 }, { times: Infinity });
    served.mews.inject('delete', { type: 'status', status: 409 });
    served.mews.inject('delete', { type: 'status', status: 500 });
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(409);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(500);
    expect((await served.post(CLEAR_PATH, { CustomerIds: guids(1, 'c') })).status).toBe(503);
    expect((await served.post(CLEAR_PATH, { CustomerIds: guids(1, 'c') })).status).toBe(503);
    served.mews.clearFaults();
    expect((await served.post(CLEAR_PATH, { CustomerIds: guids(1, 'c') })).status).toBe(200);
  });

  it('refuses a malformed fault at inject time', async () => {
    served = await serveMews();
    expect(() => served.mews.inject('delete', { type: 'status', status: 99 })).toThrow(RangeError);
    expect(() => served.mews.inject('delete', { type: 'latency', ms: -1 })).toThrow(RangeError);
    expect(() => served.mews.inject('delete', { type: 'latency', ms: Infinity })).toThrow(RangeError);
    expect(() => served.mews.inject('remove' as MewsRoute, { type: 'drop' })).toThrow(/unknown route "remove"/);
    expect(() => served.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: -3 })).toThrow(/retryAfterSeconds/);
    expect(() => served.mews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 0.5 })).toThrow(/retryAfterSeconds/);
    expect(() => served.mews.inject('delete', { type: 'drop' }, { times: 0 })).toThrow(RangeError);
  });
});

describe('transport faults', () => {
  it('delays the answer by the injected latency', async () => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'latency', ms: 150 });
    const started = performance.now();
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('deletes at once and answers late (latency after)', async () => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'latency', ms: 1000, when: 'after' });
    const started = performance.now();
    let answered = false;
    const pending = served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    const settled = () => (answered = true);
    void pending.then(settled, settled);
    // Order, not wall time, so that a loaded machine cannot fail it: deleted while the answer is still held back.
    await expect.poll(() => remaining(), { timeout: 900 }).toBe(2);
    expect(answered).toBe(false);
    expect((await pending).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('resets the connection without deleting (drop before)', async () => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'drop' });
    await expect(served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).rejects.toThrow(TypeError);
    expect(remaining()).toBe(3);
    expect(served.mews.requests[0]?.status).toBeUndefined();
  });

  it('deletes, then resets the connection (drop after): the ambiguous failure', async () => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'drop', when: 'after' });
    await expect(served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).rejects.toThrow(TypeError);
    expect(remaining()).toBe(2);
  });

  it('answers a success with broken JSON after deleting (malformed-json)', async () => {
    served = await serveMews();
    served.mews.inject('delete', { type: 'malformed-json' }, { times: 2 });
    const response = await served.post(DELETE_PATH, { IdentityDocumentIds: [first] });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
    expect(remaining()).toBe(2);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: [first] })).status).toBe(400);
  });

  it('answers 408 only to batches above maxIds (too-heavy)', async () => {
    const ids = guids(40);
    served = await serveMews({ documents: documentsFor(ids) });
    served.mews.inject('delete', { type: 'too-heavy', maxIds: 30 }, { times: Infinity });
    const heavy = await served.post(DELETE_PATH, { IdentityDocumentIds: ids });
    expect(heavy.status).toBe(408);
    expect(remaining()).toBe(40);
    expect((await served.post(DELETE_PATH, { IdentityDocumentIds: ids.slice(0, 30) })).status).toBe(200);
    expect(remaining()).toBe(10);
  });
});

describe('an unknown route', () => {
  it('is logged as unknown', async () => {
    served = await serveMews();
    await served.post('/api/connector/v1/identityDocuments/getAll', { IdentityDocumentIds: [second] });
    expect(served.mews.requests[0]).toMatchObject({ route: 'unknown', status: 404 });
  });
});
