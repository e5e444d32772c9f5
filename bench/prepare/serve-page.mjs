// Builds the benchmark page the way an app ships it (esbuild, minified, the BUILT @iddocs/hooks) with the two
// prepare workers as entry points next to the page, where `new URL('./prepare-worker.js', import.meta.url)`
// finds them, and serves it on loopback HTTP/1.1.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { appBuildOptions } from '../../scripts/measure-bundle.mjs';

const root = join(import.meta.dirname, '..', '..');
const prepareDist = join(root, 'packages', 'hooks', 'dist', 'prepare');

export async function servePreparePage() {
  if (!existsSync(join(prepareDist, 'prepare-worker.js'))) throw new Error('packages/hooks/dist is missing: run `pnpm build` first');
  const result = await build({
    ...appBuildOptions,
    entryPoints: {
      page: join(import.meta.dirname, 'page.js'),
      'prepare-worker': join(prepareDist, 'prepare-worker.js'),
      'prepare-heic-worker': join(prepareDist, 'prepare-heic-worker.js'),
    },
    splitting: true,
    outdir: '/out',
    chunkNames: 'chunk-[hash]',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.replace(/^\/out/, ''), file.contents]));
  // browser-image-compression's worker loads the library with importScripts(libURL): served here, not from its CDN.
  const library = createRequire(join(root, 'package.json')).resolve('browser-image-compression/dist/browser-image-compression.js');
  files.set('/browser-image-compression.js', readFileSync(library));
  files.set('/', Buffer.from('<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>iddocs bench: prepare</title></head><body><script type="module" src="/page.js"></script></body></html>'));
  const server = createServer((request, response) => {
    const body = files.get(new URL(request.url, 'http://x').pathname);
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': request.url === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
