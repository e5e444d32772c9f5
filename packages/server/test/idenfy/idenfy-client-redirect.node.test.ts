import { startFakeServer } from '@iddocs/testing/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdenfyClient } from '../../src/idenfy/index.js';
import { KEY, SECRET } from './support.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('iDenfy client and redirects', () => {
  it('never follows a redirect (the Basic header would go along) and reports a configuration fault', async () => {
    const trapHits: string[] = [];
    const trap = await startFakeServer(async (request) => {
      trapHits.push(request.headers.get('authorization') ?? '(none)');
      return new Response(null, { status: 200 });
    });
    const redirecting = await startFakeServer(async () => new Response(null, { status: 307, headers: { Location: `${trap.url}/api/v2/delete` } }));
    servers.push(trap, redirecting);

    const client = createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: redirecting.url, retry: { limit: 0 } });
    const report = await client.deleteVerifications(['scan-1']);

    expect(trapHits).toEqual([]);
    expect(report.deleted).toEqual([]);
    expect(report.failed).toMatchObject([{ id: 'scan-1', code: 'UPSTREAM_NOT_FOUND', retryable: false }]);
  });
});
