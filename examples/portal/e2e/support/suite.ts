import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { startDemoServer, type DemoServer } from './demo-server.js';

/** What one e2e file shares: its demo server (fresh data folder), its browser, and each test's page. */
export interface Suite {
  server: DemoServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Registers the hooks of a file: one demo server and one browser per file, a fresh browser context per test. */
export function demoSuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startDemoServer(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
    if (suite.server) rmSync(suite.server.dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    suite.context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    suite.page = await suite.context.newPage();
  });
  afterEach(async () => {
    await suite.context?.close();
  });
  return suite;
}
