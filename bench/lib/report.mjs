// Statistics and markdown helpers shared by the bench sections. Sections print markdown to stdout and
// progress to stderr (`say`), so the runner can paste stdout into RESULTS.md as it is.

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Ratios over pairs of rounds: `alternate` swaps the order every round, so rounds 2k and 2k+1 hold each order once,
 * and `(a₂ₖ + a₂ₖ₊₁) / (b₂ₖ + b₂ₖ₊₁)` cancels an order effect (a second run paying for the first one's garbage). A
 * per-round ratio does not: its median lands in whichever order had more rounds (measured: the bare list took 17–19 ms
 * after ours and 14–15 ms before it, and the per-round median moved between 1.78× and 2.05× from run to run).
 * Both runs of a round are back to back, so a change in machine load between rounds cancels out too.
 * An odd last round is left out.
 */
function pairRatios(numerators, denominators) {
  const ratios = [];
  for (let index = 0; index + 1 < numerators.length; index += 2) {
    ratios.push((numerators[index] + numerators[index + 1]) / (denominators[index] + denominators[index + 1]));
  }
  return ratios;
}

/** Median of the ratios of {@link pairRatios}: `numerator / denominator`, free of order and load drift. */
export function pairedRatio(numerators, denominators) {
  return median(pairRatios(numerators, denominators));
}

/**
 * 95 % confidence interval of a statistic over `count` rounds (or pairs): the 2.5th and 97.5th percentiles of
 * `statistic(indices)` over bootstrap resamples of the indices (drawn with replacement, whole). Seeded, so the same
 * runs always give the same interval.
 */
export function bootstrapInterval(count, statistic, resamples = 4000) {
  const random = seededRandom(0x1dd0c5);
  const values = Array.from({ length: resamples }, () => statistic(Array.from({ length: count }, () => Math.floor(random() * count))));
  values.sort((a, b) => a - b);
  return [values[Math.floor(resamples * 0.025)], values[Math.ceil(resamples * 0.975) - 1]];
}

/** 95 % confidence interval of {@link pairedRatio}, by resampling the pairs of rounds. */
export function pairedRatioInterval(numerators, denominators) {
  const ratios = pairRatios(numerators, denominators);
  return bootstrapInterval(ratios.length, (indices) => median(indices.map((index) => ratios[index])));
}

/** `0.93–0.98`: an interval for a table cell. */
export const interval = ([low, high]) => `${low.toFixed(2)}–${high.toFixed(2)}`;

/** mulberry32: a small, good-enough PRNG for resampling (Math.random cannot be seeded). */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Smallest and largest value, for a "spread" column. */
export const range = (values) => [Math.min(...values), Math.max(...values)];

/** Progress for people watching the run: stderr, never mixed into the markdown. */
export const say = (message) => process.stderr.write(`${message}\n`);

/** One markdown line. */
export const print = (line = '') => process.stdout.write(`${line}\n`);

/** A markdown table from a header row and data rows (cells are strings). */
export function table(header, rows, align = header.map(() => '---')) {
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** A collapsed block for raw numbers, so readers can judge the noise without scrolling past it. */
export const details = (summary, body) => `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;

/** `12.345` → `'12.3'`; `0.4` → `'0.40'`: enough digits to compare, not more. */
export function ms(value) {
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `'1.23×'`. */
export const times = (value) => `${value.toFixed(2)}×`;

/** ✓ or ✗, for a goal column. */
export const met = (ok) => (ok ? '✓' : '✗');

/** Alternates two variants over `rounds` rounds (A B, B A, A B, …), so drift on a noisy machine hits both alike. */
export async function alternate(rounds, first, second, onRound = () => {}) {
  const a = [];
  const b = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      a.push(await first(round));
      b.push(await second(round));
    } else {
      b.push(await second(round));
      a.push(await first(round));
    }
    onRound(round);
  }
  return [a, b];
}
