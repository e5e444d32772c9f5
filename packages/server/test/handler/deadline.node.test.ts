import { createFakeMews } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';
import { createErasureHandler, createMewsClient, type ErasureAuditEvent, type ErasureReport } from '../../src/index.js';
import { resolveHandlerOptions } from '../../src/handler/resolve-handler-options.js';
import { post, SECRETS, seedDocuments, serve } from './stack.js';

/** A Mews that answers every call 429 "wait 1 s", and a handler over a client with the default retry policy. */
async function rateLimitedStack(deadlineMs?: number) {
  const fakeMews = createFakeMews({ clientToken: SECRETS.mewsClientToken, accessToken: SECRETS.mewsAccessToken, documents: seedDocuments(1) });
  fakeMews.inject('delete', { type: 'status', status: 429, retryAfterSeconds: 1 }, { times: 100 });
  const mews = createMewsClient({ platformAddress: (await serve(fakeMews.handler)).url, clientToken: SECRETS.mewsClientToken, accessToken: SECRETS.mewsAccessToken, client: 'iddocs tests 1.0.0' });
  const audits: ErasureAuditEvent[] = [];
  const handler = createErasureHandler({ mews, authorize: () => true, onAudit: (event) => void audits.push(event), ...(deadlineMs && { deadlineMs }) });
  return { app: await serve(handler), fakeMews, audits, id: fakeMews.identityDocuments()[0]!.Id };
}

// The browser client gives up after 120 s; Mews' rate limit asks for waits of up to 30 s, four times over. Without a
// deadline the person would get a timeout and no word of what happened; with it, the report.
describe('the handler’s deadline', () => {
  it('ends the retries and rate-limit waits at deadlineMs and answers with the report', async () => {
    const { app, fakeMews, audits, id } = await rateLimitedStack(1_500);

    const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [id] });

    expect(response.status).toBe(429);
    const { error } = (await response.json()) as { error: { code: string; report: ErasureReport } };
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.report.failed).toEqual([expect.objectContaining({ id, code: 'RATE_LIMITED', retryable: true })]);
    // Sent at 0 s and after the first 1 s wait; the second wait ends at the deadline. The default policy retries 4 times.
    expect(fakeMews.requests).toHaveLength(2);
    expect(audits).toHaveLength(1);
  });

  it('is 100 s by default, under the browser client’s 120 s, and must be a positive whole number of ms', () => {
    const mews = createMewsClient({ platformAddress: 'https://api.mews-demo.com', clientToken: 'c', accessToken: 'a', client: 't 1' });
    expect(resolveHandlerOptions({ mews, authorize: () => true }).deadlineMs).toBe(100_000);
    expect(() => createErasureHandler({ mews, authorize: () => true, deadlineMs: 0 })).toThrow(/deadlineMs must be a positive integer/);
  });
});
