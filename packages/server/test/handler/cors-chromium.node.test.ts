import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { IDENFY_PATH, serveHandler } from './support.js';

// Pages and the API all on localhost, on different ports: cross-origin yet same-site, like a portal at
// portal.example calling api.portal.example, so a SameSite=Lax session cookie travels with credentials: 'include'.
const onLocalhost = (url: string) => url.replace('127.0.0.1', 'localhost');

let browser: Browser;
let portal: FakeServer;
let stranger: FakeServer;
const page = async () => new Response('<!doctype html><title>portal</title>', { headers: { 'content-type': 'text/html' } });
beforeAll(async () => {
  [browser, portal, stranger] = await Promise.all([launchChromium(), startFakeServer(page), startFakeServer(page)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([browser?.close(), portal?.close(), stranger?.close()]);
});

/** What `authorize` saw of each call that reached it. */
interface Seen {
  cookie: string | null;
  csrf: string | null;
}

let context: BrowserContext;
let tab: Page;
let api: { url: string; calls: unknown[]; seen: Seen[] };
beforeEach(async () => {
  const seen: Seen[] = [];
  const served = await serveHandler({
    allowedOrigins: [onLocalhost(portal.url)],
    authorize: ({ request }) => (seen.push({ cookie: request.headers.get('cookie'), csrf: request.headers.get('x-csrf-token') }), true),
  });
  api = { url: onLocalhost(served.url), calls: served.calls, seen };
  context = await browser.newContext();
  await context.addCookies([{ name: 'sid', value: 'session-1', url: api.url, sameSite: 'Lax' }]);
  tab = await context.newPage();
  return () => context.close();
});

/** Calls the erasure API from the page at `pageUrl` with `options`; the status, or how fetch rejected. */
async function callFrom(pageUrl: string, options: { credentials?: RequestCredentials; headers: Record<string, string> }): Promise<string> {
  await tab.goto(onLocalhost(pageUrl));
  return tab.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, { method: 'POST', body: JSON.stringify({ scanRefs: ['scan-1'] }), ...init });
        return `HTTP ${response.status} ${JSON.stringify(await response.json())}`;
      } catch (error) {
        return `rejected: ${(error as Error).message}`;
      }
    },
    { url: `${api.url}${IDENFY_PATH}`, init: options },
  );
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

describe('CORS in Chromium', () => {
  it("lets a listed origin call with credentials: 'include', and its session cookie reaches authorize", async () => {
    expect(await callFrom(portal.url, { credentials: 'include', headers: JSON_HEADERS })).toBe('HTTP 200 {"ok":true,"deleted":["scan-1"],"failed":[],"notAttempted":[]}');
    expect(api.seen).toEqual([{ cookie: 'sid=session-1', csrf: null }]);
  });

  it('lets a listed origin send an X-CSRF-Token header', async () => {
    expect(await callFrom(portal.url, { headers: { ...JSON_HEADERS, 'X-CSRF-Token': 'token-1' } })).toMatch(/^HTTP 200 /);
    expect(api.seen).toEqual([{ cookie: null, csrf: 'token-1' }]);
  });

  it('blocks a header that is not in allowedHeaders before the call is sent', async () => {
    expect(await callFrom(portal.url, { credentials: 'include', headers: { ...JSON_HEADERS, 'X-Other': '1' } })).toBe('rejected: Failed to fetch');
    expect(api.seen).toEqual([]);
    expect(api.calls).toEqual([]);
  });

  it('blocks an origin that is not listed, credentials or not', async () => {
    for (const credentials of ['include', 'omit'] as const) {
      expect(await callFrom(stranger.url, { credentials, headers: JSON_HEADERS })).toBe('rejected: Failed to fetch');
    }
    expect(api.seen).toEqual([]);
    expect(api.calls).toEqual([]);
  });
});
