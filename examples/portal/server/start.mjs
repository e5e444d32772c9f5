// `pnpm start`: builds the demo page, then serves it, the fake documents API and the erasure proxy from one
// Node process (see demo-app.mjs). Options: `--help`, or demo-options.mjs. The last line it prints is
// "iddocs demo running at <url>", with the port actually bound (so `--port 0` can be used by tests).
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDemoArgs, USAGE } from './demo-options.mjs';
import { makeDirectory } from './make-directory.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pageDir = join(root, 'dist');
const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));

function fail(message, code = 1) {
  console.error(`iddocs demo: ${message}`);
  process.exit(code);
}

let options;
try {
  options = parseDemoArgs(process.argv.slice(2), process.env);
} catch (error) {
  fail(error.message, 2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

// Plain Node resolves @iddocs/* to their built dist/: say so before an import fails with a stack trace.
for (const name of ['hooks', 'ui', 'server', 'testing']) {
  if (!existsSync(join(packagesDir, name, 'dist', 'index.js'))) {
    fail(`@iddocs/${name} is not built (${join(packagesDir, name, 'dist')} is missing). Run \`pnpm run build\` first, or \`pnpm start\`, which builds the packages.`);
  }
}

const dataFile = join(options.dataDir, 'documents.json');
try {
  makeDirectory(options.dataDir);
  accessSync(options.dataDir, constants.W_OK);
} catch (error) {
  fail(`cannot use the data folder ${options.dataDir} (${error.code ?? error.message}); pass a writable one with --data-dir.`);
}
if (options.reset) {
  rmSync(dataFile, { force: true });
  console.log('Demo data reset to the fixtures.');
}

/** Newest modification time under `path`, for the stale-build warning. */
async function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await readdir(path);
  return Math.max(stat.mtimeMs, ...(await Promise.all(entries.map((entry) => newest(join(path, entry))))));
}

// The configuration is checked before the build, so that a mistake in it is reported at once.
const [{ createDemoApp }, { startFakeServer }, { DemoConfigError }] = await Promise.all([
  import('./demo-app.mjs'),
  import('@iddocs/testing/node'),
  import('./demo-erasure.mjs'),
]);

let app;
try {
  app = createDemoApp({
    dataDir: options.dataDir,
    pageDir,
    log: (line) => console.log(line),
    warn: (line) => console.warn(`warning: ${line}`),
  });
} catch (error) {
  if (error instanceof DemoConfigError) fail(error.message, 2);
  throw error;
}

const builtPage = join(pageDir, 'index.html');
if (options.build) {
  console.log('Building the demo page…');
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  // Always the production build: a NODE_ENV in the environment (a shell's "development", Vitest's "test") would
  // otherwise make Vite bundle React's development build. Restored after, for the rest of the process.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The HEIC decoder (libheif, ~2 MB, in the page and in its worker) is loaded only when a HEIC photo is chosen:
    // Vite's "(!) Some chunks are larger than 500 kB" would be printed at every start with nothing to act on.
    await build({ root, configFile: false, mode: 'production', plugins: [react()], logLevel: 'warn', build: { outDir: pageDir, emptyOutDir: true, chunkSizeWarningLimit: 2500 } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
} else if (!existsSync(builtPage)) {
  fail(`--no-build: there is no built page at ${builtPage}; start once without --no-build.`);
} else if ((await newest(join(root, 'src'))) > statSync(builtPage).mtimeMs) {
  console.warn('warning: the built page is older than examples/portal/src; start without --no-build to see your changes.');
}

let server;
try {
  server = await startFakeServer(app.handler, { port: options.port, host: options.host });
} catch (error) {
  if (error.code === 'EADDRINUSE') fail(`port ${options.port} on ${options.host} is in use: pass --port N (or PORT=N), or --port 0 for any free port.`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') fail(`cannot listen on host "${options.host}" (${error.code}); use e.g. 127.0.0.1 or 0.0.0.0.`);
  throw error;
}

console.log(`Mews:   ${app.upstreams.mews}`);
console.log(`iDenfy: ${app.upstreams.idenfy}`);
for (const hint of app.hints) console.log(`note: ${hint}`);
console.log(`Data:   ${app.dataFile}`);
const shownHost = options.host === '127.0.0.1' ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
console.log(`iddocs demo running at http://${shownHost}:${server.port}  (Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
