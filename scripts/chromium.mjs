// Debian's Chromium, headless, started the same way by every test project, script and benchmark of this repo
// (never a downloaded browser). `CHROMIUM_PATH` overrides where it is.
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, sandbox off (CI runs as root), and quiet: no background connections to a network that is closed. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches it through playwright-core, with `extraArgs` after the common flags. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/**
 * Makes a full-page screenshot show every list row. Rows off screen skip rendering (`content-visibility: auto`), and a
 * full-page capture does not wake them: a 4,000-px story came out with blank rows even with a viewport that tall.
 * For screenshots only: rows then look exactly as they do once scrolled to.
 */
export function renderOffscreenRows(page) {
  return page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}
