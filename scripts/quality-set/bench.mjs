// Size and speed of the capture-guidance module, printed as markdown for docs/capture-guidance.md.
// Usage: node scripts/quality-set/bench.mjs
//
// Size: esbuild bundle of assess-quality.ts (ESM, minified), gzip level 9.
// Speed: assessQuality on a 512×384 photo-like image, against a baseline run in the same process on the same
// pixels: the textbook blur check alone (luma, then the variance of the 3×3 Laplacian). Machines are noisy, so the
// ratio is the figure to compare; rounds alternate between the two and the median of each is reported.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../../packages/hooks/src/prepare/quality/assess-quality.ts', import.meta.url));
const bundle = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022' });
const code = bundle.outputFiles[0].text;
const { assessQuality } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const width = 512;
const height = 384;
const data = new Uint8ClampedArray(width * height * 4);
let state = 1;
const noise = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) % 9) - 4;
for (let y = 0; y < height; y++) {
  for (let x = 0; x < width; x++) {
    // A light card with glyph-like blocks on a mid-grey desk, plus a little noise.
    const onCard = x > 80 && x < 430 && y > 90 && y < 310;
    const glyph = onCard && y % 14 < 9 && x % 8 < 5 && y > 200;
    const value = (glyph ? 40 : onCard ? 215 : 110) + noise();
    data.set([value, value - 5, value + 5, 255], (y * width + x) * 4);
  }
}
const pixels = { data, width, height };
const options = { sourceWidth: 4032, sourceHeight: 3024 };

function laplacianVariance({ data: rgba, width: w, height: h }) {
  const luma = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) luma[i] = 0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2];
  let sum = 0;
  let squares = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const l = luma[i - 1] + luma[i + 1] + luma[i - w] + luma[i + w] - 4 * luma[i];
      sum += l;
      squares += l * l;
    }
  }
  const n = (w - 2) * (h - 2);
  return squares / n - (sum / n) ** 2;
}

function timeOne(fn, runs) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

const runs = 20;
const rounds = 15;
const ours = [];
const baseline = [];
// Warm both up so the JIT has compiled them before timing.
timeOne(() => assessQuality(pixels, options), 20);
timeOne(() => laplacianVariance(pixels), 20);
for (let round = 0; round < rounds; round++) {
  ours.push(timeOne(() => assessQuality(pixels, options), runs));
  baseline.push(timeOne(() => laplacianVariance(pixels), runs));
}
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const oursMs = median(ours);
const baselineMs = median(baseline);

console.log(`Node ${process.version}, ${width}×${height} RGBA, median of ${rounds} rounds × ${runs} runs.\n`);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| size of assess-quality.ts bundled (minified / gzip -9) | ${code.length} B / ${gzipSync(code, { level: 9 }).length} B |`);
console.log(`| assessQuality (all checks) | ${oursMs.toFixed(2)} ms |`);
console.log(`| baseline: luma + variance of the Laplacian only | ${baselineMs.toFixed(2)} ms |`);
console.log(`| ratio ours / baseline | ${(oursMs / baselineMs).toFixed(2)} × |`);
