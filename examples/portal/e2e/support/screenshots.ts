import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { renderOffscreenRows } from '../../../../scripts/chromium.mjs';
import { repoRoot } from './demo-server.js';

/** Where the e2e screenshots go (CI keeps this folder as an artifact; see ../README.md). */
export const screenshotDir = join(repoRoot, 'artifacts', 'e2e');

/** Saves artifacts/e2e/<test>-<step>.png: the whole page, or the viewport while a dialog is open (its fixed overlay covers only that). */
export async function screenshot(page: Page, test: string, step: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const dialogOpen = (await page.getByRole('alertdialog').count()) > 0;
  await renderOffscreenRows(page);
  await page.screenshot({ path: join(screenshotDir, `${test}-${step}.png`), fullPage: !dialogOpen, animations: 'disabled' });
}
