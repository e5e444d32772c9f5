// Section: bundle sizes (min + gzip). The CI budget table comes from scripts/check-budget.mjs --markdown (the
// same numbers CI checks); this adds the full widget set and each bundle's weight above its own dependencies,
// measured the same way (esbuild, ESM, minified, gzip -9, React external, from the BUILT packages).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { measureBundle } from '../scripts/measure-bundle.mjs';
import { print, say, table } from './lib/report.mjs';

const root = new URL('..', import.meta.url).pathname;
const react = ['react', 'react-dom', 'react/jsx-runtime'];
const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** check-budget's own method (scripts/measure-bundle.mjs), for the rows it does not have. */
const measure = async (code) => {
  const { minified, gzip } = await measureBundle({ code, external: react });
  return { min: minified, gzip };
};

say('bundle sizes: scripts/check-budget.mjs --markdown');
let budget;
let budgetFailed = false;
try {
  budget = (await promisify(execFile)(process.execPath, ['scripts/check-budget.mjs', '--markdown'], { cwd: root })).stdout;
} catch (error) {
  // Over a CI limit: check-budget exits 1 but has printed its table; the row shows ✗ below.
  if (typeof error.stdout !== 'string' || !error.stdout.includes('|')) throw error;
  budget = error.stdout;
  budgetFailed = true;
}

/** check-budget's table rows as objects keyed by its header cells. */
const [headerLine, , ...rowLines] = budget.trim().split('\n');
const cells = (line) => line.split('|').slice(1, -1).map((cell) => cell.trim());
const header = cells(headerLine);
const rows = rowLines.map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])));
const parseKb = (text) => (/^([\d.]+) KB/.test(text ?? '') ? Number.parseFloat(text) * KB : undefined);

say('bundle sizes: full widget set, ky alone (same method)');
const fullSet = await measure("export * from '@iddocs/ui'; export * from '@iddocs/hooks';");
const kyAlone = await measure("export { default as ky } from 'ky';");
const floorRow = rows.find((row) => row.bundle.startsWith('dependency floor'));
const floor = { min: parseKb(floorRow?.min), gzip: parseKb(floorRow?.gzip) };

/** What a bundle adds on top of the dependencies it includes, measured the same way. */
const dependenciesOf = (name) => (name.startsWith('@iddocs/hooks, including ky') ? kyAlone : /portal page|full widget set/.test(name) ? floor : undefined);
const above = (name, gzip) => {
  if (name.includes('own code')) return '— (no dependency inside)';
  const dependencies = dependenciesOf(name);
  return dependencies?.gzip && gzip !== undefined ? `+${kb(gzip - dependencies.gzip)}` : '';
};
const verdict = (row) => {
  const gzip = parseKb(row.gzip);
  const limit = parseKb(row['CI limit']);
  if (limit !== undefined && gzip > limit) return '✗ over the CI limit';
  if (row.goal?.includes('missed')) return '◐ within the limit, goal missed';
  if (limit !== undefined || row.goal) return '✓';
  return row['CI limit'] === 'reference' ? '' : row['CI limit'];
};

const table1 = rows.map((row) => [row.bundle, row.min, row.gzip, row['CI limit'], row.goal?.replace(' (missed)', '') || '', verdict(row), above(row.bundle, parseKb(row.gzip))]);
table1.push([
  'full widget set: every export of @iddocs/ui and @iddocs/hooks, with ky + react-dropzone + Radix Dialog',
  kb(fullSet.min),
  kb(fullSet.gzip),
  'none set',
  '',
  '',
  above('full widget set', fullSet.gzip),
]);
table1.push(['ky alone (same method)', kb(kyAlone.min), kb(kyAlone.gzip), 'reference', '', '', '']);

print('## Bundle sizes');
print();
print('Each entry bundled as an app would bundle it: esbuild, ESM, minified, `process.env.NODE_ENV = "production"`, React external,');
print('from the built packages, then gzip level 9. The CI limits and goals are those `pnpm check:budget` enforces (`scripts/check-budget.mjs`);');
print('"above its dependencies" is the bundle minus the same-method size of the third-party code it includes (ky; or the floor).');
print();
print(
  table(
    ['bundle', 'min', 'gzip', 'CI limit', 'goal', 'met', 'above its dependencies (gzip)'],
    table1,
    ['---', '---:', '---:', '---:', '---:', '---', '---:'],
  ),
);
if (budgetFailed) {
  print();
  print('**`scripts/check-budget.mjs` failed: a bundle is over its CI limit or breaks a content rule** (run it without `--markdown` for the reason).');
}
