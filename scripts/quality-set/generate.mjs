// Writes photos of the synthetic ID-card set as PNGs to look at (default: scripts/quality-set/artifacts/,
// gitignored). Usage: node scripts/quality-set/generate.mjs [--seeds start:count] [--analysis] [--out dir]
//   --analysis  writes the downscaled copy that assessQuality sees instead of the full-size photo
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openQualitySetPage, seedRange } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '0:2' },
    out: { type: 'string', default: fileURLToPath(new URL('./artifacts/', import.meta.url)) },
    analysis: { type: 'boolean', default: false },
  },
});
await mkdir(values.out, { recursive: true });
const { page, close } = await openQualitySetPage();
try {
  for (const seed of seedRange(values.seeds)) {
    const photos = await page.evaluate(renderAsPng, { seed, analysis: values.analysis });
    for (const { category, base64 } of photos) {
      const file = join(values.out, `${seed}-${category}${values.analysis ? '-analysis' : ''}.png`);
      await writeFile(file, Buffer.from(base64, 'base64'));
      console.log(file);
    }
  }
} finally {
  await close();
}

/** Runs in the page: every category of one seed, decoded from its JPEG and re-encoded as PNG. */
async function renderAsPng({ seed, analysis }) {
  const { categories, photoSettings, renderSeedScene, renderPhoto, analysisPixels } = globalThis.qualitySet;
  const out = [];
  for (const category of categories) {
    const settings = photoSettings(seed, category);
    const photo = await renderPhoto(renderSeedScene(seed, settings.longEdge), settings, seed);
    const pixels = analysis
      ? await analysisPixels(photo.blob, photo.width, photo.height)
      : await createImageBitmap(photo.blob).then((bitmap) => {
          const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        });
    const canvas = new OffscreenCanvas(pixels.width, pixels.height);
    canvas.getContext('2d').putImageData(pixels, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const base64 = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.addEventListener('load', () => resolve(String(reader.result).split(',')[1]));
      reader.readAsDataURL(png);
    });
    out.push({ category, base64 });
  }
  return out;
}
