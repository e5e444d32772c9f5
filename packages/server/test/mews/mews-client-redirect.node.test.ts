import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createMewsClient } from '../../src/mews/index.js';
import { ACCESS_TOKEN, CLIENT_TOKEN, guids } from './mews-client-support.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

// The Mews body carries ClientToken and AccessToken, and a 307/308 makes fetch re-send that body to the new
// Location. Over real HTTP (an in-process fetch double never follows anything), no byte may reach the target.
describe('Mews client and redirects', () => {
  it.each([307, 308])('never follows a %i (the body with the tokens would go along) and reports a wrong address', async (status) => {
    const trapBodies: string[] = [];
    const trap = await startFakeServer(async (request) => {
      trapBodies.push(await request.text());
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const redirecting = await startFakeServer(async () => new Response(null, { status, headers: { location: `${trap.url}/api/connector/v1/identityDocuments/delete` } }));
    servers.push(trap, redirecting);

    const client = createMewsClient({ platformAddress: redirecting.url, clientToken: CLIENT_TOKEN, accessToken: ACCESS_TOKEN, client: 'Acme Portal 1.0.0', retry: { limit: 0 } });
    const [id] = guids(1);
    const report = await client.deleteIdentityDocuments([id ?? '']);

    expect(trapBodies).toEqual([]);
    expect(report.deleted).toEqual([]);
    expect(report.failed).toMatchObject([{ id, code: 'UPSTREAM_NOT_FOUND', retryable: false }]);
  });
});
