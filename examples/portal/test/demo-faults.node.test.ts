import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createDemoFaults, handleFaultsRoute, withDemoFaults } from '../server/demo-faults.mjs';

const origin = 'http://demo.test';
const upload = () =>
  new Request(`${origin}/api/v2/my/files`, { method: 'POST', body: new Uint8Array(2048), headers: { 'Content-Type': 'application/octet-stream' } });
const del = () => new Request(`${origin}/api/v2/my/documents/7`, { method: 'DELETE' });
const put = (body: string) => new Request(`${origin}/__demo/faults`, { method: 'PUT', body, headers: { 'Content-Type': 'application/json' } });

function setup(options?: { slowNetworkDelayMs: number }) {
  const faults = createDemoFaults();
  const inner = vi.fn(async (_request: Request) => new Response('from the API'));
  return { faults, inner, handler: withDemoFaults(faults, inner, options) as (request: Request) => Promise<Response> };
}

describe('the demo’s fault switches', () => {
  it('start all off and pass every request through untouched', async () => {
    const { faults, inner, handler } = setup();
    expect(faults.get()).toEqual({ slowNetwork: false, failUploads: false, failDeletes: false });
    const request = upload();
    expect(await (await handler(request)).text()).toBe('from the API');
    expect(inner).toHaveBeenCalledWith(request);
  });

  it('"Uploads fail" answers every upload 500 after reading it, and leaves other routes alone', async () => {
    const { faults, inner, handler } = setup();
    faults.set({ failUploads: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      const request = upload();
      const response = await handler(request);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: 'Simulated failure: the demo\'s "Uploads fail" switch is on.', code: 'INTERNAL_ERROR' });
      expect(request.bodyUsed).toBe(true);
    }
    expect(inner).not.toHaveBeenCalled();
    expect((await handler(del())).status).toBe(200);
    expect((await handler(new Request(`${origin}/api/v2/my/documents`, { method: 'POST', body: '{}' }))).status).toBe(200);
  });

  it('"Deletes fail" answers every document delete 500 until switched off', async () => {
    const { faults, inner, handler } = setup();
    faults.set({ failDeletes: true });
    expect((await handler(del())).status).toBe(500);
    expect((await handler(del())).status).toBe(500);
    expect((await handler(new Request(`${origin}/api/v2/my/documents/7`))).status).toBe(200);
    expect(inner).toHaveBeenCalledTimes(1);
    faults.set({ failDeletes: false });
    expect((await handler(del())).status).toBe(200);
  });

  it('"Slow network" holds API requests back but never the page or the switches', async () => {
    const { faults, inner, handler } = setup({ slowNetworkDelayMs: 50 });
    faults.set({ slowNetwork: true });
    const pending = handler(new Request(`${origin}/api/v2/my/documents`));
    await Promise.resolve();
    expect(inner).not.toHaveBeenCalled();
    expect((await pending).status).toBe(200);
    expect(inner).toHaveBeenCalledTimes(1);
    const page = handler(new Request(`${origin}/index.html`));
    expect(inner).toHaveBeenCalledTimes(2);
    await page;
  });

  it('"Slow network": a request the browser abandons while waiting is dropped, never handled', async () => {
    const { faults, inner, handler } = setup({ slowNetworkDelayMs: 10_000 });
    faults.set({ slowNetwork: true });
    const controller = new AbortController();
    const pending = handler(new Request(`${origin}/api/v2/my/documents`, { signal: controller.signal }));
    controller.abort();
    expect((await pending).type).toBe('error');
    expect(inner).not.toHaveBeenCalled();
  });

  it('combine: slow, then failed', async () => {
    const { faults, inner, handler } = setup({ slowNetworkDelayMs: 1 });
    faults.set({ slowNetwork: true, failDeletes: true });
    expect((await handler(del())).status).toBe(500);
    expect(inner).not.toHaveBeenCalled();
  });
});

describe('GET/PUT /__demo/faults', () => {
  it('reads the switches, and a PUT changes only those it names', async () => {
    const faults = createDemoFaults();
    expect(await (await handleFaultsRoute(new Request(`${origin}/__demo/faults`), faults)).json()).toEqual({ slowNetwork: false, failUploads: false, failDeletes: false });
    const response = await handleFaultsRoute(put('{"failDeletes": true}'), faults);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ slowNetwork: false, failUploads: false, failDeletes: true });
    await handleFaultsRoute(put('{"slowNetwork": true}'), faults);
    expect(faults.get()).toEqual({ slowNetwork: true, failUploads: false, failDeletes: true });
  });

  it.each([
    ['not JSON', 'on', 'INVALID_JSON', 'The body is not JSON; send e.g. {"failDeletes": true}.'],
    ['an array', '[true]', 'INVALID_SWITCH', 'Expected a JSON object such as {"failDeletes": true}; the switches are slowNetwork, failUploads, failDeletes.'],
    ['an unknown switch', '{"failEverything": true}', 'INVALID_SWITCH', 'Unknown switch "failEverything"; the switches are slowNetwork, failUploads, failDeletes.'],
    ['a non-boolean', '{"failUploads": "yes"}', 'INVALID_SWITCH', 'Switch "failUploads" must be true or false, got "yes".'],
  ])('refuses %s with 400 and changes nothing', async (_case, body, code, message) => {
    const faults = createDemoFaults();
    const response = await handleFaultsRoute(put(body), faults);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code, message });
    expect(faults.get()).toEqual({ slowNetwork: false, failUploads: false, failDeletes: false });
  });

  it('answers other methods 405 with Allow', async () => {
    const response = await handleFaultsRoute(new Request(`${origin}/__demo/faults`, { method: 'POST', body: '{}' }), createDemoFaults());
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, PUT');
  });
});
