import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { deleteButton, openPortal } from './support/portal.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();

/** A small phone (320 px, touch), with the browser's default text size at `percent` (Chrome's font-size setting). */
async function phone(browser: Browser, percent: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: 13 } });
  return page;
}

describe('the demo portal on a small phone', () => {
  for (const percent of [100, 200]) {
    it(`at ${percent} % text: no sideways scrolling, the touch hint, and a tap on Delete opens that document's dialog`, async () => {
      const page = await phone(suite.browser, percent);
      await openPortal(page, suite.server.url);
      // A page wider than the screen makes a phone lay it out wider (and the reader scroll sideways): it must not.
      expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([320, 320]);
      expect(await page.getByText('Choose a photo or PDF, up to 20 MB per file.').count()).toBe(1);

      await deleteButton(page, 'Proof of address — utility-bill.pdf').tap();
      const dialog = page.getByRole('alertdialog', { name: 'Delete document?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('utility-bill.pdf');
      await expectNoAxeViolations(page, `phone, ${percent} % text, delete dialog`);
      await screenshot(page, 'phone', `${percent}-text-dialog`);
      await page.context().close();
    });
  }
});
