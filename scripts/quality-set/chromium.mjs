// Opens headless Debian Chromium (via playwright-core) on a blank page that has the quality-set code loaded.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../chromium.mjs';


export async function openQualitySetPage() {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  return { page, close: () => browser.close() };
}

/** Parses "start:count" into a list of seeds. */
export function seedRange(text) {
  const [start, count] = text.split(':').map(Number);
  if (!Number.isInteger(start) || !Number.isInteger(count) || count < 1) throw new Error(`Seeds must be "start:count", got "${text}".`);
  return Array.from({ length: count }, (_, i) => start + i);
}
