#!/usr/bin/env node
// Makes stories/support/sample-id-card.heic: the default sample photo of @iddocs/testing (createSamplePhoto, a
// phone photo of an ID card with EXIF: GPS, camera, date) at 1280 × 880, encoded by libheif's heif-enc (x265) as
// iPhones write HEIC, EXIF included. Rendered in Debian's Chromium (playwright-core), as the stories render it.
// Usage (Debian): apt-get install -y libheif-examples && node stories/support/make-sample-heic.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';

const WIDTH = 1280;
const HEIGHT = 880;
const QUALITY = 45;

const bundle = await build({
  stdin: {
    contents: "import { createSamplePhoto } from './packages/testing/src/sample-photo/create-sample-photo.ts'; globalThis.createSamplePhoto = createSamplePhoto;",
    resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const browser = await launchChromium();
const dir = mkdtempSync(join(tmpdir(), 'sample-heic-'));
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const base64 = await page.evaluate(async ({ width, height }) => {
    const photo = await globalThis.createSamplePhoto({ width, height });
    const bytes = new Uint8Array(await photo.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, { width: WIDTH, height: HEIGHT });
  const jpeg = join(dir, 'sample.jpg');
  writeFileSync(jpeg, Buffer.from(base64, 'base64'));
  const output = fileURLToPath(new URL('./sample-id-card.heic', import.meta.url));
  execFileSync('heif-enc', ['--quality', String(QUALITY), jpeg, '-o', output], { stdio: 'inherit' });
  process.stdout.write(execFileSync('heif-info', [output], { encoding: 'utf8' }));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true });
}
