// Launches Debian's Chromium the way the browser tests do (never a downloaded build).
import { chromiumPath, launchChromium as launch } from '../../scripts/chromium.mjs';

export { chromiumPath };

/** `--expose-gc`, so that each run starts from a collected heap. */
export function launchChromium() {
  return launch(['--js-flags=--expose-gc']);
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
