import { createFakeDocumentsApi, toFetch } from '@iddocs/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { serve, type Served } from './support.js';

const APP = 'http://app.example';
let served: Served | undefined;
afterEach(() => served?.server.close());

describe('CORS on failures', () => {
  it('keeps an injected dropped connection a network error for an allowed origin', async () => {
    served = await serve({ corsOrigins: [APP] });
    served.api.inject('list', { type: 'drop' });
    await expect(served.call('/api/v2/my/documents', { headers: { origin: APP } })).rejects.toThrow(TypeError);
    expect((await served.call('/api/v2/my/documents', { headers: { origin: APP } })).status).toBe(200);
  });

  it('lets the page read the 500 the fake answers when it fails', async () => {
    const api = createFakeDocumentsApi({
      corsOrigins: [APP],
      storage: {
        load: () => undefined,
        save: () => {
          throw new Error('disk full');
        },
      },
    });
    const response = await toFetch(api.handler)('http://fake.local/api/v2/my/documents/1', {
      method: 'DELETE',
      headers: { authorization: 'Bearer test-token', origin: APP },
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });
});
