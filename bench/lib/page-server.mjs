// Builds a benchmark page the way an app ships it (esbuild, minified, React's production build, workspace
// packages from their built dist) and serves it from the same loopback HTTP/1.1 server as the fake documents
// API, so the page talks to the API same-origin (no CORS preflights in the timings).
import { build } from 'esbuild';
import { appBuildOptions } from '../../scripts/measure-bundle.mjs';
import { join } from 'node:path';
import { startFakeServer } from '@iddocs/testing/node';

const pagesDir = join(import.meta.dirname, '..', 'pages');

/**
 * Records every commit's finished fiber tree for the profiler page. It must exist before react-dom evaluates:
 * React only gives fibers to a DevTools hook present at load time.
 */
const commitHookScript = `window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, renderers: new Map(), commits: [],
  inject(renderer) { this.renderers.set(1, renderer); return 1; },
  checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  onCommitFiberRoot(id, root) { if (this.onCommit) this.onCommit(root); },
};`;

/**
 * Bundles `pages/<name>.tsx` for the browser. `profiling` swaps in React's profiling build (react-dom/profiling),
 * the only production build in which `<Profiler onRender>` is called.
 */
export async function buildPage(name, { profiling = false } = {}) {
  const result = await build({
    ...appBuildOptions,
    entryPoints: [join(pagesDir, `${name}.tsx`)],
    jsx: 'automatic',
    outdir: '/page',
    entryNames: 'page',
    ...(profiling && { alias: { 'react-dom/client': 'react-dom/profiling' } }),
  });
  const files = new Map(result.outputFiles.map((file) => [file.path.replace(/^\/page/, ''), file.text]));
  const css = files.has('/page.css') ? '<link rel="stylesheet" href="/page.css">' : '';
  const hook = profiling ? `<script>${commitHookScript}</script>` : '';
  files.set('/', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>iddocs bench: ${name}</title>${css}${hook}</head><body><script type="module" src="/page.js"></script></body></html>`);
  return files;
}

const TYPES = { '/': 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** Serves the page's files at `/`, `/page.js`, `/page.css`, and everything else through the fake API's handler. */
export async function servePage(files, api) {
  const server = await startFakeServer(async (request) => {
    const { pathname } = new URL(request.url);
    const body = files.get(pathname);
    if (body === undefined) return api.handler(request);
    const type = TYPES[pathname.split('.').pop()] ?? TYPES['/'];
    return new Response(body, { headers: { 'content-type': type, 'cache-control': 'no-store' } });
  });
  return server;
}
