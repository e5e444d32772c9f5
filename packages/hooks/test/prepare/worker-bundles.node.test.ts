// A worker's code must bundle into one file: Vite's default worker format (`iife`) cannot split, and on Rollup
// (Vite ≤ 7) `vite build` stops at a dynamic import in a worker ("UMD and IIFE output formats are not supported for
// code-splitting builds"). esbuild's metafile lists every import of the workers' module graphs, with its kind.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The dynamic imports reachable from `entry` (a path under packages/hooks/src), as "importer → imported". */
async function dynamicImportsFrom(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [fileURLToPath(new URL(`../../src/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return Object.entries(metafile.inputs).flatMap(([importer, { imports }]) =>
    imports.filter((imported) => imported.kind === 'dynamic-import').map((imported) => `${importer} → ${imported.path}`),
  );
}

describe('the preparation workers', () => {
  it.each(['prepare/prepare-worker.ts', 'prepare/prepare-heic-worker.ts'])('%s reaches no dynamic import', async (entry) => {
    expect(await dynamicImportsFrom(entry)).toEqual([]);
  });

  it('would catch one: the main-thread entry loads its preparation and the HEIC decoder lazily', async () => {
    expect(await dynamicImportsFrom('prepare/index.ts')).toEqual([
      expect.stringMatching(/prepare-file\.ts → .*prepare-image\.ts$/),
      expect.stringMatching(/prepare-file\.ts → .*decode-heic\.ts$/),
    ]);
  });
});
