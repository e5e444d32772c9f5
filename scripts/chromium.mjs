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
