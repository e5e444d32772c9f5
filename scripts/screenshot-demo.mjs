#!/usr/bin/env node
// Screenshots of the demo portal for the README: `node scripts/screenshot-demo.mjs [--out docs/screenshots]`.
// Needs the packages built (`pnpm run build`). Starts the demo exactly as `pnpm start` does (on a fresh
// temporary data folder and a free port), drives Debian's Chromium (never a downloaded browser) and writes:
//   demo-documents.png  the page with documents listed, two of them just uploaded
//   demo-uploading.png  the uploader with both sides of an ID card: one uploaded, one mid-upload
//   demo-erasure.png    the erasure result, item by item
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, renderOffscreenRows } from './chromium.mjs';
import { writeSamplePhoto } from './sample-photo.mjs';

const VIEWPORT = { width: 1280, height: 900 };

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });
const outDir = resolve(values.out);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'iddocs-demo-shots-'));

/** Starts the demo and resolves with its URL and a way to stop it; rejects with what it printed if it cannot start. */
function startDemo() {
  const child = spawn(process.execPath, ['examples/portal/server/start.mjs', '--port', '0', '--data-dir', join(scratch, 'data')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  return new Promise((resolveStart, reject) => {
    const read = (chunk) => {
      printed += chunk;
      const url = /iddocs demo running at (http:\/\/\S+)/.exec(printed)?.[1];
      if (url) resolveStart({ url, stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The demo server exited (code ${code}) before it was ready:\n${printed}`)));
  });
}

/** A phone photo of an ID card (`createSamplePhoto`, GPS EXIF included), written to the scratch folder. */
const samplePhoto = (page, name, seed) => writeSamplePhoto(page.context(), join(scratch, name), { seed });

/** Chooses a file in a slot; if the uploader holds the photo for review (quality hints), uses it anyway. */
async function chooseFile(page, slot, path) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('group', { name: slot, exact: true }).getByRole('button', { name: 'Choose file' }).and(page.locator('button')).click();
  await (await chooser).setFiles(path);
  const name = basename(path);
  const useAnyway = page.getByRole('button', { name: `Use anyway: ${name}` });
  const moving = page.getByRole('progressbar', { name }).or(page.getByRole('button', { name: `Hide ${name} from this list (it stays uploaded)` }));
  await useAnyway.or(moving).first().waitFor();
  if (await useAnyway.isVisible()) await useAnyway.click();
}

/** A screenshot of the page from its top down to the bottom of `locator` (plus a margin), at most `maxHeight` tall. */
async function shootDownTo(page, locator, file, maxHeight) {
  const box = await locator.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  const height = Math.min(Math.ceil(box.y + scrollY + box.height + 24), maxHeight);
  await renderOffscreenRows(page);
  await page.screenshot({ path: join(outDir, file), fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height } });
  console.log(`wrote ${join(values.out, file)}`);
}

const demo = await startDemo();
const browser = await launchChromium();
try {
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(demo.url);
  const list = page.getByRole('list', { name: 'Your documents' });
  await list.waitFor();

  // 1. Two documents just uploaded, listed with their thumbnails above the seeded ones.
  await chooseFile(page, 'Passport', await samplePhoto(page, 'passport-scan.jpg', 1));
  await page.getByRole('button', { name: 'Delete Passport — passport-scan.jpg' }).waitFor();
  await page.getByRole('combobox', { name: 'Document type' }).selectOption({ label: "Driver's licence" });
  await chooseFile(page, 'Front', await samplePhoto(page, 'licence-front.jpg', 2));
  await page.getByRole('button', { name: "Delete Driver's licence (Front) — licence-front.jpg" }).waitFor();
  await page.reload();
  await list.waitFor();
  await page.waitForLoadState('networkidle');
  await shootDownTo(page, list, 'demo-documents.png', 1400);

  // 2. Both sides of an ID card: the front uploaded, the back on its way (Chromium's throttling holds it mid-way).
  await page.getByRole('combobox', { name: 'Document type' }).selectOption({ label: 'ID card' });
  await chooseFile(page, 'Front', await samplePhoto(page, 'id-card-front.jpg', 3));
  await page.getByRole('button', { name: 'Delete ID card (Front) — id-card-front.jpg' }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 16 * 1024 });
  await chooseFile(page, 'Back', await samplePhoto(page, 'id-card-back.jpg', 4));
  const progress = page.getByRole('progressbar', { name: 'id-card-back.jpg' });
  await progress.waitFor();
  await page.waitForFunction((bar) => bar.value >= 35, await progress.elementHandle(), { timeout: 60_000, polling: 100 });
  await shootDownTo(page, page.getByRole('region', { name: 'Upload a document' }), 'demo-uploading.png', 1000);
  await context.close();

  // 3. The erasure result, item by item (a fresh page: the stalled upload stays behind).
  const erasePage = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await erasePage.goto(demo.url);
  const idenfy = erasePage.getByRole('article', { name: 'Identity verification (iDenfy)' });
  await idenfy.getByRole('button', { name: 'Erase my verification data' }).click();
  await erasePage.getByRole('alertdialog', { name: 'Erase your verification data?' }).getByRole('button', { name: 'Erase', exact: true }).click();
  // One of the two checks is still in use: a partial outcome.
  const result = erasePage.getByRole('alertdialog', { name: 'Not everything was erased' });
  await result.waitFor();
  // From just above the dialog to the bottom: the result over the partners' section it came from.
  const top = Math.max(0, Math.floor((await result.boundingBox()).y) - 48);
  await erasePage.screenshot({ path: join(outDir, 'demo-erasure.png'), clip: { x: 0, y: top, width: VIEWPORT.width, height: VIEWPORT.height - top } });
  console.log(`wrote ${join(values.out, 'demo-erasure.png')}`);
} finally {
  await browser.close();
  demo.stop();
  rmSync(scratch, { recursive: true, force: true });
}
