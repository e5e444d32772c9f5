// Writes @iddocs/testing's sample photos (a realistic phone photo of an ID card, GPS EXIF included) to disk, for the
// end-to-end tests and screenshots that hand real files to a browser's file chooser. createSamplePhoto draws with
// the browser's canvas, so it runs in a page of the given Chromium.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
let pageScript;

/** createSamplePhoto as a script for a blank page, bundled once per process. */
function samplePhotoScript() {
  pageScript ??= build({
    stdin: { contents: "import { createSamplePhoto } from './packages/testing/src/sample-photo/create-sample-photo.ts'; globalThis.createSamplePhoto = createSamplePhoto;", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return pageScript;
}

/** Makes `createSamplePhoto(options)` in a new page of `browser` (a Browser or a BrowserContext) and writes it to `path`. */
export async function writeSamplePhoto(browser, path, options = {}) {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: await samplePhotoScript() });
    const base64 = await page.evaluate(async (photoOptions) => {
      const bytes = new Uint8Array(await (await globalThis.createSamplePhoto(photoOptions)).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    }, options);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return path;
  } finally {
    await page.close();
  }
}
