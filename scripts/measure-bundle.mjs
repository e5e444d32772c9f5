// How big a bundle is, measured the way an app ships it: esbuild, ESM, minified, `NODE_ENV=production`, code
// splitting, gzip level 9. Shared by the CI budgets (scripts/check-budget.mjs) and `pnpm bench` (bench/bundle-sizes.mjs).
// Also a command, to look into one import:
//   node scripts/measure-bundle.mjs "<import statement>" [external...] [--by-file]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/** esbuild options of a browser app's production bundle: the budgets, and the pages the benchmarks load. */
export const appBuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Where a `code` entry is written: under node_modules, so that its bare imports resolve as from the root, while
// the linter, git and anything else looking at the working tree never see the temporary file.
const entryDir = join(root, 'node_modules', '.cache', 'iddocs-measure-bundle');

/**
 * Bundles `code` with code splitting, as an app's bundler does, and counts what a page downloads up front: the
 * entry chunk and the chunks it imports statically. Chunks behind a dynamic `import()` load later, when used.
 * `code` is an entry module's source (bare imports, resolved as from the repo root), or `entryFile` a file to start
 * from (relative to the root); `external` lists what the app provides itself (React, and dependencies when measuring
 * our own code).
 */
export async function measureBundle({ code, entryFile, external }) {
  const entry = entryFile ? join(root, entryFile) : join(entryDir, `entry-${process.pid}.js`);
  if (!entryFile) {
    mkdirSync(entryDir, { recursive: true });
    writeFileSync(entry, code);
  }
  try {
    const result = await build({ ...appBuildOptions, entryPoints: [entry], outdir: '/budget', splitting: true, external, metafile: true });
    const outputs = result.metafile.outputs;
    const files = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
    const eager = new Set();
    const visit = (name) => {
      if (eager.has(name)) return;
      eager.add(name);
      for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement' && outputs[path]) visit(path);
    };
    visit(Object.keys(outputs).find((name) => outputs[name].entryPoint));
    const chunks = [...eager].map((name) => files.get(name));
    // Only modules that left bytes in the output count: a visited module tree-shaken to nothing is not shipped.
    const inputBytes = new Map();
    for (const name of eager) {
      for (const [path, { bytesInOutput }] of Object.entries(outputs[name].inputs)) if (bytesInOutput > 0) inputBytes.set(path, (inputBytes.get(path) ?? 0) + bytesInOutput);
    }
    return {
      inputs: [...inputBytes.keys()],
      inputBytes,
      minified: chunks.reduce((sum, bytes) => sum + bytes.length, 0),
      gzip: chunks.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    };
  } finally {
    if (!entryFile) rmSync(entry, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [code, ...rest] = process.argv.slice(2);
  const external = ['react', 'react-dom', 'react/jsx-runtime', ...rest.filter((arg) => arg !== '--by-file')];
  const { minified, gzip, inputBytes } = await measureBundle({ code, external });
  console.log(`${minified} B min, ${gzip} B gzip (up front; lazy chunks not counted)`);
  if (rest.includes('--by-file')) {
    for (const [file, bytes] of [...inputBytes].toSorted((a, b) => b[1] - a[1])) console.log(String(bytes).padStart(7), file.replace(/.*\/packages\//, ''));
  }
}
