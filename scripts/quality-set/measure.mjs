// Measures how well assessQuality flags the synthetic ID-card set, in real Chromium, and prints markdown.
//
//   node scripts/quality-set/measure.mjs                      # the reported figures (seeds 10000:150)
//   node scripts/quality-set/measure.mjs --seeds 0:60 --explore   # tuning: distributions of the raw measures
//   node scripts/quality-set/measure.mjs --categories dark --dump dark   # every photo's settings, measures, hints
//   node scripts/quality-set/measure.mjs --sweep blur=0,0.05,0.1,0.15 --seeds 0:20
//       # good photos with one setting forced to each value: where each hint starts to fire
//
// Seeds 0–999 are for tuning thresholds; the figures in docs/capture-guidance.md use seeds never tuned on.
import { parseArgs } from 'node:util';
import { openQualitySetPage, seedRange } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10000:150' },
    downscale: { type: 'string', default: 'prepare-file' },
    explore: { type: 'boolean', default: false },
    sweep: { type: 'string' },
    categories: { type: 'string' },
    dump: { type: 'string' },
  },
});
if (!['prepare-file', 'high', 'medium', 'low', 'pixelated'].includes(values.downscale)) {
  throw new Error(`--downscale must be prepare-file, high, medium, low or pixelated, got "${values.downscale}".`);
}
const seeds = seedRange(values.seeds);
const started = Date.now();
const { page, close } = await openQualitySetPage();
const run = (options) =>
  page.evaluate(async (runOptions) => {
    const results = await globalThis.qualitySet.runQualitySet(runOptions);
    return { results, summary: globalThis.qualitySet.summarize(results) };
  }, options);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
const hintsRaised = (byKind) => Object.entries(byKind).map(([kind, n]) => `${kind} ${n}`).join(', ') || '–';

try {
  if (values.sweep) await sweep(values.sweep);
  else await measure();
} finally {
  await close();
}

async function measure() {
  const categories = values.categories?.split(',');
  const { results, summary } = await run({ seeds, downscale: values.downscale, ...(categories && { categories }) });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`Seeds ${values.seeds} (${seeds.length} photos per category, ${results.length} in all), analysis copy made by '${values.downscale}', ${seconds} s.\n`);
  console.log('| category | photos | flagged | flagged with the right hint | hints raised |');
  console.log('|---|---:|---:|---:|---|');
  for (const row of summary) {
    const right = row.category === 'good' ? '–' : percent(row.rightKind, row.count);
    console.log(`| ${row.category} | ${row.count} | ${percent(row.flagged, row.count)} | ${right} | ${hintsRaised(row.byKind)} |`);
  }
  const degraded = summary.filter((row) => row.category !== 'good');
  const good = summary.find((row) => row.category === 'good');
  const total = (key) => degraded.reduce((sum, row) => sum + row[key], 0);
  console.log(`\nDegraded flagged: ${percent(total('flagged'), total('count'))} (goal ≥ 90 %), with the right hint: ${percent(total('rightKind'), total('count'))}.`);
  if (good) console.log(`Good flagged: ${percent(good.flagged, good.count)} (goal ≤ 10 %).`);

  if (values.explore) {
    for (const name of Object.keys(results[0].measures)) {
      console.log(`\n${name}`);
      for (const row of summary) {
        const xs = results.filter((r) => r.category === row.category).map((r) => r.measures[name]).toSorted((a, b) => a - b);
        const q = (p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toPrecision(3);
        console.log(`  ${row.category.padEnd(15)} min ${q(0)}  p5 ${q(0.05)}  p50 ${q(0.5)}  p95 ${q(0.95)}  max ${q(1)}`);
      }
    }
  }
  if (values.dump) {
    for (const result of results.filter((r) => r.category === values.dump)) {
      const measures = Object.entries(result.measures).map(([k, v]) => `${k}=${v.toPrecision(3)}`).join(' ');
      console.log(result.seed, JSON.stringify(result.settings), measures, result.hints.map((h) => h.kind).join(',') || 'no hint');
    }
  }
}

async function sweep(spec) {
  const [setting, list] = spec.split('=');
  const levels = (list ?? '').split(',').map(Number);
  if (!setting || levels.length === 0 || levels.some(Number.isNaN)) throw new Error(`--sweep must be "setting=v1,v2,…", got "${spec}".`);
  console.log(`Good photos (seeds ${values.seeds}) with \`${setting}\` forced to each value:\n`);
  console.log(`| ${setting} | flagged | hints raised |`);
  console.log('|---:|---:|---|');
  for (const level of levels) {
    const { summary } = await run({ seeds, categories: ['good'], override: { [setting]: level }, downscale: values.downscale });
    const row = summary[0];
    console.log(`| ${level} | ${percent(row.flagged, row.count)} | ${hintsRaised(row.byKind)} |`);
  }
}
