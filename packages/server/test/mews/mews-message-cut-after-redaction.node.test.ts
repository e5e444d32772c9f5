import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createMewsClient } from '../../src/mews/index.js';
import { ACCESS_TOKEN, CLIENT_TOKEN, guids } from './mews-client-support.js';

/** Where Mews messages are cut (judge-mews-response's MAX_MESSAGE). */
const CUT_AT = 500;
/** How many characters of the token a cut-then-redact order would leave: fewer than the 12 a fragment needs. */
const LEFT_OVER = 8;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A Mews that answers 400 echoing our request body, padded so that the cut lands LEFT_OVER characters into ClientToken. */
async function startPaddedEcho(): Promise<FakeServer> {
  const server = await startFakeServer(async (request) => {
    const text = await request.text();
    const lead = `Bad: ${'x'.repeat(CUT_AT - LEFT_OVER - 'Bad: '.length - text.indexOf(CLIENT_TOKEN))}`;
    return new Response(JSON.stringify({ Message: `${lead}${text}` }), { status: 400, headers: { 'content-type': 'application/json' } });
  });
  servers.push(server);
  return server;
}

// An echo longer than we pass on is redacted whole and only then cut: cutting first can leave a stub of a token
// too short for the fragment rule (12 characters) to recognise.
describe('a long Mews message echoing a token', () => {
  it('is redacted before it is cut, so no stub of the token survives the cut', async () => {
    const server = await startPaddedEcho();
    const client = createMewsClient({ platformAddress: server.url, clientToken: CLIENT_TOKEN, accessToken: ACCESS_TOKEN, client: 'Acme Portal 1.0.0' });
    const report = await client.deleteIdentityDocuments(guids(1));
    expect(report.failed).toHaveLength(1);
    const message = report.failed[0]?.message ?? '';
    expect(message).toContain('Bad: xxx');
    expect(message).not.toContain(CLIENT_TOKEN.slice(0, LEFT_OVER));
  });
});
