import { toFetch, type FetchHandler } from '@iddocs/testing';
import { describe, expect, it } from 'vitest';
import type { ErasureReport } from '../../src/erasure-report.js';
import { createMewsClient } from '../../src/mews/index.js';
import { ACCESS_TOKEN, CLIENT_TOKEN, SECRETS } from './mews-client-support.js';

/** An upstream that echoes the request body (credentials included) in every kind of error. */
function echoing(status: number, requestIdHeader = true): FetchHandler {
  return async (request) => {
    const text = await request.text();
    return new Response(JSON.stringify({ Message: `Bad: ${text}`, Details: text, RequestId: ACCESS_TOKEN }), {
      status,
      headers: { 'content-type': 'application/json', ...(requestIdHeader ? { 'request-id': 'req-1' } : {}) },
    });
  };
}

function clientFor(handler: FetchHandler) {
  return createMewsClient({
    platformAddress: 'https://api.mews-demo.com',
    clientToken: CLIENT_TOKEN,
    accessToken: ACCESS_TOKEN,
    client: 'Acme Portal 1.0.0',
    fetch: toFetch(handler),
    timeout: 50,
    retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 2 },
  });
}

describe('secrets', () => {
  it('never appear in any report, failure message or thrown text', async () => {
    const texts: string[] = [];
    const reports: ErasureReport[] = [];
    for (const status of [400, 401, 403, 404, 408, 409, 422, 429, 500, 503]) {
      reports.push(await clientFor(echoing(status)).deleteIdentityDocuments(['id-1', 'id-2']));
      reports.push(await clientFor(echoing(status, false)).clearIdentityDocuments(['customer-1']));
    }
    reports.push(await clientFor(() => Promise.resolve(Response.error())).deleteIdentityDocuments(['id-1']));
    reports.push(await clientFor(() => new Promise(() => undefined)).deleteIdentityDocuments(['id-1']));
    reports.push(await clientFor(() => Promise.reject(new Error(`boom ${ACCESS_TOKEN}`))).deleteIdentityDocuments(['id-1']));
    for (const report of reports) texts.push(JSON.stringify(report));
    try {
      createMewsClient({ platformAddress: 'nope', clientToken: CLIENT_TOKEN, accessToken: ACCESS_TOKEN, client: '' });
    } catch (error) {
      texts.push(String(error), (error as Error).stack ?? '');
    }
    expect(reports.flatMap((report) => report.failed).length).toBeGreaterThan(20);
    for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it('keeps the upstream message, minus the secrets', async () => {
    const report = await clientFor(echoing(403)).deleteIdentityDocuments(['id-1']);
    expect(report.failed[0]?.message).toContain('Bad: {"ClientToken":"***","AccessToken":"***"');
  });
});
