// Runs the server benchmark: bundles bench-main.ts (workspace sources, via the `@iddocs/source` condition)
// with esbuild, then runs it. Usage: node packages/server/bench/bench-server.mjs [--quick]
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outfile = join(tmpdir(), `iddocs-bench-server-${process.pid}.mjs`);
await build({
  entryPoints: [join(import.meta.dirname, 'bench-main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@iddocs/source'],
  outfile,
  logLevel: 'warning',
});
try {
  const { main } = await import(pathToFileURL(outfile).href);
  await main(process.argv.slice(2), import.meta.dirname);
} finally {
  await rm(outfile, { force: true });
}
