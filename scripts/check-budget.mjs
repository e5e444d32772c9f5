// Size and content budgets of the browser bundles, checked in CI (after `pnpm build`).
// Each entry is bundled the way an app would bundle it — esbuild, ESM, minified, React external — from the
// BUILT packages, then gzipped (level 9). Exits non-zero when any limit or content rule is broken.
// `maxGzip` is the CI limit. Where the issue set a tighter goal that the code does not meet yet, `goal` keeps it
// visible: a row over its goal is reported (◐), not failed, so that the miss stays honest and regressions still fail.
// Usage: node scripts/check-budget.mjs [--markdown]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const KB = 1024;
const root = new URL('..', import.meta.url).pathname;
const react = ['react', 'react-dom', 'react/jsx-runtime'];
const dependencies = ['ky', 'react-dropzone', '@radix-ui/*', '@iddocs/hooks', '@iddocs/hooks/*'];
const portalPage = [
  "export { DocumentManager, DocumentUploader, DocumentList, DeleteDocumentDialog } from '@iddocs/ui';",
  "export { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';",
].join('\n');
const bundles = [
  { name: '@iddocs/hooks, including ky', code: "export * from '@iddocs/hooks';", external: react, maxGzip: 16.25 * KB, goal: 13 * KB },
  { name: '@iddocs/hooks, own code (ky external)', code: "export * from '@iddocs/hooks';", external: [...react, 'ky'], maxGzip: 7.75 * KB, goal: 4 * KB },
  { name: 'portal page: hooks + ui + ky + react-dropzone + Radix Dialog', code: portalPage, external: react, maxGzip: 42.5 * KB, goal: 38 * KB },
  { name: '@iddocs/ui, own code (dependencies external)', code: "export * from '@iddocs/ui';", external: [...react, ...dependencies], maxGzip: 9 * KB, goal: 6 * KB },
  { name: 'dependency floor: react-dropzone + Radix Dialog + ky (same method)', code: "export * from 'react-dropzone'; export * from '@radix-ui/react-dialog'; export { default as ky } from 'ky';", external: react, reference: true },
  {
    name: 'DocumentList alone',
    code: "export { DocumentList } from '@iddocs/ui';",
    external: react,
    maxGzip: 18.25 * KB,
    forbidInputs: [/react-dropzone/, /i18n\/en\/(uploader|erase)/],
    why: "a page showing only the list must not download the dropzone or other widgets' strings",
  },
];

async function bundle({ code, external }) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const bytes = result.outputFiles[0].contents;
  // Only modules that left bytes in the output count: a visited module tree-shaken to nothing is not shipped.
  const shipped = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, input]) => input.bytesInOutput > 0);
  return { bytes, inputs: shipped.map(([path]) => path), minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const rows = [];
for (const entry of bundles) {
  const { inputs, minified, gzip } = await bundle(entry);
  const problems = [];
  if (entry.maxGzip !== undefined && gzip > entry.maxGzip) problems.push(`over the CI limit by ${gzip - entry.maxGzip} B`);
  const overGoal = entry.goal !== undefined && gzip > entry.goal;
  for (const pattern of entry.forbidInputs ?? []) {
    const offenders = inputs.filter((input) => pattern.test(input));
    if (offenders.length > 0) problems.push(`${entry.why}: includes ${offenders[0]}`);
  }
  rows.push({ ...entry, minified, gzip, problems, overGoal });
}

const css = readFileSync(`${root}/packages/ui/dist/styles.css`, 'utf8');
const cssMin = (await transform(css, { loader: 'css', minify: true })).code;
const cssGzip = gzipSync(cssMin, { level: 9 }).length;
rows.push({ name: '@iddocs/ui/styles.css', minified: cssMin.length, gzip: cssGzip, maxGzip: 4 * KB, problems: cssGzip > 4 * KB ? [`over budget by ${cssGzip - 4 * KB} B`] : [] });

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
if (process.argv.includes('--markdown')) {
  console.log('| bundle | min | gzip | CI limit | goal |\n| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const limit = row.maxGzip ? kb(row.maxGzip) : row.reference ? 'reference' : 'content rule ✓';
    console.log(`| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} | ${limit} | ${row.goal ? `${kb(row.goal)}${row.overGoal ? ' (missed)' : ' ✓'}` : ''} |`);
  }
} else {
  for (const row of rows) {
    const mark = row.problems.length > 0 ? '✗' : row.overGoal ? '◐' : '✓';
    const goal = row.goal ? `, goal ${kb(row.goal)}${row.overGoal ? ' — not met yet' : ''}` : '';
    const budget = row.maxGzip ? ` — CI limit ${kb(row.maxGzip)}${goal}` : row.reference ? ' (reference)' : '';
    console.log(`${mark} ${row.name}: ${kb(row.gzip)} gzip (${kb(row.minified)} min)${budget}${row.problems.map((p) => `\n    ${p}`).join('')}`);
  }
}
process.exit(rows.some((row) => row.problems.length > 0) ? 1 : 0);
