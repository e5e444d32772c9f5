import { createJpegBytes, type DocumentsRoute, type FakeDocument } from '@iddocs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJson, serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve();
});
afterEach(() => served.server.close());

const LIST = '/api/v2/my/documents';

async function uploadedPath(): Promise<string> {
  return ((await (await served.upload(createJpegBytes(), 'a.jpg')).json()) as { path: string }).path;
}

describe('status faults', () => {
  it('answers 429 with Retry-After and a JSON error, once', async () => {
    served.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 3 });
    const limited = await served.call(LIST);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
    expect((await served.call(LIST)).status).toBe(200);
  });

  it.each([204, 205, 304])('answers %i, a status without a body, with no body, even if one is given', async (status) => {
    served.api.inject('list', { type: 'status', status });
    served.api.inject('get', { type: 'status', status, body: { error: 'dropped: this status has no body' } });
    for (const path of [LIST, `${LIST}/1`]) {
      const response = await served.call(path);
      expect([path, response.status, await response.text()]).toEqual([path, status, '']);
    }
  });

  it('sends a given body verbatim', async () => {
    served.api.inject('get', { type: 'status', status: 503, body: { error: 'maintenance' } });
    const response = await served.call(`${LIST}/1`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'maintenance' });
  });

  it('applies `times` matching requests, and Infinity until cleared', async () => {
    served.api.inject('list', { type: 'status', status: 500 }, { times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await served.call(LIST)).status);
    expect(statuses).toEqual([500, 500, 200]);

    served.api.inject('list', { type: 'status', status: 502 }, { times: Infinity });
    for (let i = 0; i < 4; i++) expect((await served.call(LIST)).status).toBe(502);
    served.api.clearFaults();
    expect((await served.call(LIST)).status).toBe(200);
  });

  it('targets only its route, while "*" hits whichever route comes next', async () => {
    served.api.inject('delete', { type: 'status', status: 500 });
    expect((await served.call(LIST)).status).toBe(200);
    served.api.inject('*', { type: 'status', status: 418 });
    expect((await served.call(`${LIST}/1`)).status).toBe(418);
    expect((await served.call(`${LIST}/1`)).status).toBe(200);
    expect((await served.call(`${LIST}/1`, { method: 'DELETE' })).status).toBe(500);
  });

  it('queues faults of one route first in, first out', async () => {
    served.api.inject('list', { type: 'status', status: 500 });
    served.api.inject('list', { type: 'status', status: 503 });
    expect([(await served.call(LIST)).status, (await served.call(LIST)).status]).toEqual([500, 503]);
  });

  it('refuses nonsense at inject time', () => {
    expect(() => served.api.inject('list', { type: 'status', status: 99 })).toThrow(RangeError);
    expect(() => served.api.inject('list', { type: 'latency', ms: 1 }, { times: 0 })).toThrow(RangeError);
  });

  it('refuses a Retry-After that is not whole seconds ≥ 0, and a latency no timer can wait, naming the field', () => {
    for (const retryAfterSeconds of [-1, 1.5, Number.NaN, Infinity, '2' as unknown as number]) {
      expect(() => served.api.inject('list', { type: 'status', status: 429, retryAfterSeconds })).toThrow(/retryAfterSeconds/);
    }
    // setTimeout fires after 1 ms past 2^31 − 1 ms: a "very slow" answer would come at once.
    for (const ms of [2 ** 31, Infinity, Number.NaN]) {
      expect(() => served.api.inject('list', { type: 'latency', ms })).toThrow(RangeError);
    }
    served.api.inject('list', { type: 'status', status: 429, retryAfterSeconds: 0 });
    served.api.inject('list', { type: 'latency', ms: 2 ** 31 - 1 });
  });
});

describe('drop faults', () => {
  it('rejects fetch with a TypeError and performs nothing (before)', async () => {
    const path = await uploadedPath();
    const count = served.api.documents().length;
    served.api.inject('create', { type: 'drop' });
    await expect(served.call(LIST, createJson({ file: path, typeId: 1 }))).rejects.toThrow(TypeError);
    expect(served.api.documents()).toHaveLength(count);
  });

  it('creates the document and still fails the request (after): the ambiguous failure', async () => {
    const path = await uploadedPath();
    const count = served.api.documents().length;
    served.api.inject('create', { type: 'drop', when: 'after' });
    await expect(served.call(LIST, createJson({ file: path, typeId: 3 }))).rejects.toThrow(TypeError);
    expect(served.api.documents()).toHaveLength(count + 1);
    expect(served.api.documents()[0]).toMatchObject({ file: path, typeId: 3 });
  });
});

describe('body faults', () => {
  it('answers 200 with truncated JSON', async () => {
    served.api.inject('get', { type: 'malformed-json' });
    const response = await served.call(`${LIST}/1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('reports an unknown raw status on every listed document, and on a created one', async () => {
    served.api.inject('list', { type: 'unknown-status', status: 'under_review_by_compliance' });
    const docs = (await (await served.call(LIST)).json()) as FakeDocument[];
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((doc) => doc.status === 'under_review_by_compliance')).toBe(true);

    const path = await uploadedPath();
    served.api.inject('create', { type: 'unknown-status', status: 'NEW' });
    const created = await served.call(LIST, createJson({ file: path, typeId: 1 }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ status: 'NEW' });
    expect(served.api.documents()[0]?.status).toBe('pending');
  });

  it.each(['data', 'items'] as const)('wraps the list in { %s, total }', async (key) => {
    served.api.inject('list', { type: 'envelope', key });
    const body = (await (await served.call(`${LIST}?limit=2`)).json()) as Record<string, unknown>;
    expect(body[key]).toEqual(served.api.documents().slice(0, 2));
    expect(body['total']).toBe(served.api.documents().length);
  });

  it('leaves an envelope for the list even when injected on "*"', async () => {
    served.api.inject('*', { type: 'envelope', key: 'data' });
    expect(Array.isArray(await (await served.call(`${LIST}/1`)).json())).toBe(false);
    expect(await (await served.call(LIST)).json()).toHaveProperty('data');
  });

  it('leaves an unknown status for a route returning documents, and a throttle for one with a body, when injected on "*"', async () => {
    served.api.inject('*', { type: 'unknown-status', status: 'escalated' });
    served.api.inject('*', { type: 'throttle', bytesPerSecond: 1024 * 1024 });
    expect((await served.call(`${LIST}/1`, { method: 'DELETE' })).status).toBe(204);
    const docs = (await (await served.call(LIST)).json()) as FakeDocument[];
    expect(docs.every((doc) => doc.status === 'escalated')).toBe(true);
    expect((await served.upload(createJpegBytes(), 'a.jpg')).status).toBe(201);
    // Both were used where they mean something: none is left for the next list.
    expect(((await (await served.call(LIST)).json()) as FakeDocument[]).some((doc) => doc.status === 'escalated')).toBe(false);
  });

  it('refuses at inject a misspelt route, naming the routes, instead of keeping the fault pending forever', () => {
    expect(() => served.api.inject('lists' as DocumentsRoute, { type: 'status', status: 500 })).toThrow(/unknown route "lists".*"list"/);
  });

  it('refuses at inject a fault that can never apply to the route it names, instead of keeping it pending forever', () => {
    expect(() => served.api.inject('get', { type: 'envelope', key: 'data' })).toThrow(/envelope.*get/);
    expect(() => served.api.inject('delete', { type: 'unknown-status', status: 'x' })).toThrow(/unknown-status.*delete/);
    expect(() => served.api.inject('list', { type: 'throttle', bytesPerSecond: 1024 })).toThrow(/throttle.*list/);
  });
});

describe('timing faults', () => {
  it('delays by at least the latency, then answers normally', async () => {
    served.api.inject('list', { type: 'latency', ms: 150 });
    const started = performance.now();
    const response = await served.call(LIST);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(response.status).toBe(200);
  });

  it('combines latency with the next fault of the same request', async () => {
    served.api.inject('list', { type: 'latency', ms: 100 });
    served.api.inject('list', { type: 'status', status: 503 });
    const started = performance.now();
    const response = await served.call(LIST);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
    expect(response.status).toBe(503);
    expect((await served.call(LIST)).status).toBe(200);
  });

  it('delays every request once when latency is injected for good, and still reaches faults queued after it', async () => {
    served.api.inject('list', { type: 'latency', ms: 50 }, { times: Number.POSITIVE_INFINITY });
    served.api.inject('list', { type: 'status', status: 503 });
    const started = performance.now();
    expect((await served.call(LIST)).status).toBe(503);
    expect((await served.call(LIST)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('abandons the request when the client aborts during latency, so nothing is created', async () => {
    const path = await uploadedPath();
    const count = served.api.documents().length;
    served.api.inject('create', { type: 'latency', ms: 300 });
    const controller = new AbortController();
    const pending = served.call(LIST, { ...createJson({ file: path, typeId: 1 }), signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(served.api.documents()).toHaveLength(count);
    expect((await served.call(LIST)).status).toBe(200);
  });

  it('creates the document at once and answers late (latency after), so a client that gives up cannot tell', async () => {
    const path = await uploadedPath();
    const count = served.api.documents().length;
    served.api.inject('create', { type: 'latency', ms: 300, when: 'after' });
    const controller = new AbortController();
    const pending = served.call(LIST, { ...createJson({ file: path, typeId: 1 }), signal: controller.signal });
    await expect.poll(() => served.api.documents().length).toBe(count + 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(served.api.documents().map((document) => document.file)).toContain(path);
  });

  it('refuses a "when" other than before or after', () => {
    expect(() => served.api.inject('create', { type: 'latency', ms: 1, when: 'later' as 'after' })).toThrow('inject: latency "when" must be "before" or "after"');
    expect(() => served.api.inject('create', { type: 'drop', when: 'soon' as 'after' })).toThrow('inject: drop "when" must be "before" or "after"');
  });

  it('throttles a 256 KiB upload at 512 KiB/s to take about half a second', async () => {
    const bytes = new Uint8Array(256 * 1024);
    bytes.set(createJpegBytes());
    const throttled = await serve({ maxUploadBytes: 1024 * 1024 });
    throttled.api.inject('upload', { type: 'throttle', bytesPerSecond: 512 * 1024 });
    const started = performance.now();
    const response = await throttled.upload(bytes, 'big.jpg');
    const elapsed = performance.now() - started;
    await throttled.server.close();
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ size: bytes.byteLength });
    expect(elapsed).toBeGreaterThanOrEqual(400);
  });

  it('still answers 413 from Content-Length at once, without first reading the whole body at the throttled rate', async () => {
    const bytes = new Uint8Array(512 * 1024);
    bytes.set(createJpegBytes());
    const throttled = await serve({ maxUploadBytes: 64 * 1024 });
    throttled.api.inject('upload', { type: 'throttle', bytesPerSecond: 128 * 1024 });
    const started = performance.now();
    const response = await throttled.upload(bytes, 'big.jpg');
    const elapsed = performance.now() - started;
    expect(response.status).toBe(413);
    expect((await throttled.call(LIST)).status).toBe(200);
    await throttled.server.close();
    expect(elapsed).toBeLessThan(1_500);
  });
});

describe('reset', () => {
  it('restores the seed and clears faults and the request log', async () => {
    const seeded = served.api.documents();
    await served.call(`${LIST}/${seeded[0]?.id}`, { method: 'DELETE' });
    served.api.inject('list', { type: 'status', status: 500 });
    served.api.reset();
    expect(served.api.requests).toHaveLength(0);
    expect(served.api.documents()).toEqual(seeded);
    expect((await served.call(LIST)).status).toBe(200);
  });
});
