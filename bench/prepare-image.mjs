// Section: image preparation in Chromium — `prepareFile` vs browser-image-compression (the most used library for
// this) on the same 12-megapixel JPEG with GPS metadata, same max edge (2560 px) and quality (0.85), both off the
// main thread in Web Workers. Prints a markdown section; progress on stderr. Exits 0 even when a goal is missed.
// Usage: pnpm build && node bench/prepare-image.mjs [--runs N]
import { parseArgs } from 'node:util';
import { launchChromium, openBenchPage } from './lib/chromium.mjs';
import { bootstrapInterval, details, interval, median, met, ms, print, range, say, table, times } from './lib/report.mjs';
import { servePreparePage } from './prepare/serve-page.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const GOALS = { timeRatio: 0.7, shrink: 3 };
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const left = (list) => (list.length ? list.join(', ') : 'none');

const server = await servePreparePage();
const browser = await launchChromium();
try {
  const { call } = await openBenchPage(browser, server.url);
  say('prepare: making the 12 MP photo');
  const photo = await call('makePhoto');
  const variants = ['ours', 'oursNoHints', 'theirs', 'oursPortrait', 'theirsPortrait', 'oursLarge', 'theirsLarge'];
  // First calls apart: they pay for starting workers and compiling scripts, once per page.
  const cold = {};
  for (const name of variants) cold[name] = await call(name);
  const samples = Object.fromEntries(variants.map((name) => [name, []]));
  for (let round = 0; round < runs; round += 1) {
    // Rotate the order every round so that drift on a noisy machine hits all variants alike.
    for (const name of variants.map((_, index) => variants[(index + round) % variants.length])) samples[name].push(await call(name));
    say(`prepare: round ${round + 1}/${runs}`);
  }

  const medianMs = (name) => median(samples[name].map((sample) => sample.ms));
  const last = (name) => samples[name].at(-1);
  const ratio = medianMs('ours') / medianMs('theirs');
  const ratioNoHints = medianMs('oursNoHints') / medianMs('theirs');
  const ratioPortrait = medianMs('oursPortrait') / medianMs('theirsPortrait');
  const ratioLarge = medianMs('oursLarge') / medianMs('theirsLarge');
  // 95 % interval of a ratio of medians, resampling whole rounds (each round ran every variant once).
  const medianOf = (name, rounds) => median(rounds.map((round) => samples[name][round].ms));
  const ratioInterval = (name, baseline = 'theirs') => interval(bootstrapInterval(runs, (rounds) => medianOf(name, rounds) / medianOf(baseline, rounds)));
  const shrink = photo.bytes / last('ours').bytes;
  const row = (label, name, original = photo.bytes) => {
    const sample = last(name);
    const [low, high] = range(samples[name].map((s) => s.ms));
    return [label, `${ms(medianMs(name))} ms`, `${ms(low)}–${ms(high)} ms`, `${ms(cold[name].ms)} ms`, mb(sample.bytes), `${(original / sample.bytes).toFixed(1)}×`, `${sample.width}×${sample.height}`, left(sample.metadataLeft)];
  };

  print('## Image preparation');
  print();
  print(`One 4000×3000 JPEG (${mb(photo.bytes)}; metadata: ${left(photo.metadataLeft)}), prepared in headless Chromium, both libraries off the main thread (browser-image-compression in a Web Worker; \`prepareFile\` in its worker, with a second one that encodes while the first measures quality when hints are on), max edge 2560 px, JPEG quality 0.85. Median of ${runs} runs after one first call each, order rotated every round. The goal is measured on that photo as it is (upright, EXIF orientation 1); the portrait rows take the same pixels tagged with orientation 6 — a phone held upright — which both libraries must turn; the 24-MP rows a 5712×4284 photo (what recent iPhones take by default) made the same way.`);
  print();
  print(
    table(
      ['', 'median', 'spread', 'first call', 'output', 'smaller by', 'output size', 'metadata left'],
      [
        row('`prepareFile` (defaults: strip + quality hints)', 'ours'),
        row('`prepareFile`, quality hints off', 'oursNoHints'),
        row('browser-image-compression 2.0.2', 'theirs'),
        row('portrait photo: `prepareFile` (defaults)', 'oursPortrait'),
        row('portrait photo: browser-image-compression 2.0.2', 'theirsPortrait'),
        row(`24-MP photo (${mb(photo.largeBytes)}): \`prepareFile\` (defaults)`, 'oursLarge', photo.largeBytes),
        row('24-MP photo: browser-image-compression 2.0.2', 'theirsLarge', photo.largeBytes),
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---'],
    ),
  );
  print();
  print('| goal | measured | 95 % interval | met |\n| --- | ---: | ---: | :---: |');
  print(`| time: ours ≤ ${GOALS.timeRatio}× theirs | ${times(ratio)} | ${ratioInterval('ours')} | ${met(ratio <= GOALS.timeRatio)} |`);
  print(`| time, quality hints off: ours ≤ ${GOALS.timeRatio}× theirs | ${times(ratioNoHints)} | ${ratioInterval('oursNoHints')} | ${met(ratioNoHints <= GOALS.timeRatio)} |`);
  print(`| time, portrait photo (orientation 6; not the goal's photo, shown for what a phone held upright costs) | ${times(ratioPortrait)} | ${ratioInterval('oursPortrait', 'theirsPortrait')} | — |`);
  print(`| time, 24-MP photo (not the goal's photo) | ${times(ratioLarge)} | ${ratioInterval('oursLarge', 'theirsLarge')} | — |`);
  print(`| output ≥ ${GOALS.shrink}× smaller than the original | ${times(shrink)} | — | ${met(shrink >= GOALS.shrink)} |`);
  print(`| no metadata left (ours) | ${left(last('ours').metadataLeft)} | — | ${met(last('ours').metadataLeft.length === 0)} |`);
  print(`| metadata left (theirs, reported) | ${left(last('theirs').metadataLeft)} | — | — |`);
  print();
  print(details('raw times (ms)', variants.map((name) => `- ${name}: ${samples[name].map((s) => ms(s.ms)).join(', ')}`).join('\n')));
  print();
  print('Command: `pnpm build && node bench/prepare-image.mjs`');
} finally {
  await browser.close();
  await server.close();
}
