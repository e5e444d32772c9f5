// Bundled by chromium.mjs into the page that measure.mjs and generate.mjs drive.
import { categories, photoSettings, renderPhoto, renderSeedScene } from './photo.js';
import { analysisPixels, runQualitySet, summarize } from './run-set.js';

Object.assign(globalThis, {
  qualitySet: { categories, photoSettings, renderSeedScene, renderPhoto, analysisPixels, runQualitySet, summarize },
});
