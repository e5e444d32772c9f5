import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createErasureHandler, toNodeHandler } from '../../src/index.js';
import { recordingClients } from '../handler/support.js';
import { chain, listen } from './support.js';

const PATH = '/api/erasure/idenfy/verifications/delete';

/** A middleware that drains the body without marking the request as parsed (unlike body-parser's `_body`). */
function drainingMiddleware(req: IncomingMessage, _res: ServerResponse, next: (error?: unknown) => void): void {
  req.on('data', () => undefined);
  req.once('end', () => next());
}

/** The status of a POST, or 'no answer' when none came within a few seconds (a handler waiting on a spent stream). */
async function statusOf(url: string): Promise<number | 'no answer'> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scanRefs: ['scan-1'] }), signal: AbortSignal.timeout(4_000) };
  return fetch(url, init).then(
    (response) => response.status,
    () => 'no answer' as const,
  );
}

// Not every body reader sets body-parser's flag; a stream that already ended is just as spent. Reading it again
// would wait for an 'end' that has already happened, so the client would never get an answer.
describe('toNodeHandler after a middleware that read the body without saying so', () => {
  it('answers 500 BODY_ALREADY_READ instead of waiting on the spent stream', async () => {
    const { idenfy, calls } = recordingClients();
    const handler = createErasureHandler({ idenfy, authorize: () => true });
    const url = await listen(chain({ use: drainingMiddleware }, { use: toNodeHandler(handler) }));
    expect(await statusOf(`${url}${PATH}`)).toBe(500);
    expect(calls).toHaveLength(0);
  });
});
