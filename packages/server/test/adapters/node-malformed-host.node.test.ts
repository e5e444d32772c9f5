import { describe, expect, it } from 'vitest';
import { createErasureHandler, toNodeHandler } from '../../src/index.js';
import { rawRequest } from '../handler/raw-request.js';
import { recordingClients } from '../handler/support.js';
import { listen } from './support.js';

const ROUTE = '/api/erasure/idenfy/verifications/delete';
const BODY = JSON.stringify({ scanRefs: ['scan-1'] });

/** The handler behind toNodeHandler, recording the URL each authorize call saw. */
function setup() {
  const { idenfy, calls } = recordingClients();
  const seen: string[] = [];
  const handler = createErasureHandler({ idenfy, authorize: ({ request }) => (seen.push(request.url), true) });
  return { handler, calls, seen };
}

// The Host header only names the URL authorize sees. One that is not a host[:port] (userinfo, a path, junk) is
// replaced by localhost rather than trusted, so authorize never sees a URL the client made up.
describe('toNodeHandler and a malformed Host header', () => {
  it.each(['attacker@portal.example', 'portal.example/evil', 'portal example', 'portal.example:99999999', 'portal.example:99999', '[::1::]'])(
    'serves the route with Host %j, showing authorize a localhost URL',
    async (host) => {
      const { handler, calls, seen } = setup();
      const url = await listen(toNodeHandler(handler));
      const answer = await rawRequest(url, ROUTE, { host, 'content-type': 'application/json' }, BODY);
      expect(answer.status).toBe(200);
      expect(seen).toEqual([`http://localhost${ROUTE}`]);
      expect(calls).toHaveLength(1);
    },
  );
});
