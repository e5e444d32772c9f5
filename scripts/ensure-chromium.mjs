// The browser test project drives Debian's Chromium (never a downloaded browser build).
// Installs it with apt-get when missing and we are root on Debian; otherwise says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromiumPath)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    `Chromium not found at ${chromiumPath}. Install Debian's package (sudo apt-get install chromium) ` +
      'or point CHROMIUM_PATH at a Chromium/Chrome executable, then run the tests again.',
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests (one time, ~1 min)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
