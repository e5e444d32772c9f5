import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

let served: Served;
beforeEach(async () => {
  served = await serve({ controlPath: '/__fake' });
});
afterEach(() => served.server.close());

function injectThroughControl(body: unknown): Promise<Response> {
  return fetch(`${served.server.url}/__fake/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('POST /__fake/faults', () => {
  it('applies a fault once when times is left out, as inject does', async () => {
    expect((await injectThroughControl({ route: 'list', fault: { type: 'status', status: 503 } })).status).toBe(204);
    expect((await served.call('/api/v2/my/documents')).status).toBe(503);
    expect((await served.call('/api/v2/my/documents')).status).toBe(200);
  });

  it.each(['2', '', true, 0, -1, 1.5])('refuses times %j with 400 INVALID_FAULT and injects nothing', async (times) => {
    const response = await injectThroughControl({ route: 'list', fault: { type: 'status', status: 503 }, times });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_FAULT', message: expect.stringContaining('times') });
    expect((await served.call('/api/v2/my/documents')).status).toBe(200);
  });
});
