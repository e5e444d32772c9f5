// Size budgets: each entry is bundled for the browser the way an app would (esbuild, ESM, minified,
// React external) from the BUILT packages, then gzipped. Exits non-zero when any budget is exceeded.
// Usage: node scripts/check-budget.mjs [--json]
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const react = ['react', 'react-dom', 'react/jsx-runtime'];

/** name, what an app imports, what stays external, and the gzip budget in bytes. */
const budgets = [
  { name: '@iddocs/hooks, including ky', code: "export * from '@iddocs/hooks';", external: react, maxGzip: 13 * KB },
  { name: '@iddocs/hooks, own code (ky external)', code: "export * from '@iddocs/hooks';", external: [...react, 'ky'], maxGzip: 4 * KB },
];

/** Bundles `code` for the browser and returns its minified and gzipped sizes in bytes. */
async function measure(code, external) {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const rows = [];
for (const budget of budgets) {
  const size = await measure(budget.code, budget.external);
  rows.push({ ...budget, ...size, ok: size.gzip <= budget.maxGzip });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows.map(({ name, minified, gzip, maxGzip, ok }) => ({ name, minified, gzip, maxGzip, ok })), null, 2));
} else {
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  for (const row of rows) {
    console.log(`${row.ok ? '✓' : '✗'} ${row.name}: ${kb(row.gzip)} gzip (${kb(row.minified)} min) — budget ${kb(row.maxGzip)}`);
  }
}
process.exit(rows.every((row) => row.ok) ? 0 : 1);
