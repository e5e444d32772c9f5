// Launches Debian's Chromium the way the browser tests do (never a downloaded build).
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags of the `browser` Vitest project, plus `--expose-gc` so runs start from a collected heap. */
const args = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc',
];

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args });
}

/**
 * Opens `url` in a new page and waits for the page script to publish `window.bench`.
 * Page errors and console errors fail the run: a benchmark of a broken page measures nothing.
 */
export async function openBenchPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 30_000 });
  /** Calls `window.bench[name](...args)` in the page and returns its (awaited) result. */
  const call = async (name, ...callArgs) => {
    const result = await page.evaluate(([fn, rest]) => window.bench[fn](...rest), [name, callArgs]);
    if (problems.length) throw new Error(problems.join('\n'));
    return result;
  };
  return { page, call, problems };
}
