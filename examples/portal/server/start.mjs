// `pnpm start`: builds the demo page, then serves it and the fake documents API from one Node process.
// Options: --port N (or PORT), --host H (or HOST, default 127.0.0.1), --reset (restore the fixtures).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { createFakeDocumentsApi } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { createDemoErasureHandler } from './demo-erasure.mjs';
import { createFileStorage } from './file-storage.mjs';
import { createStaticHandler } from './static-files.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5173' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    reset: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../dist', import.meta.url));
const dataFile = fileURLToPath(new URL('../.data/documents.json', import.meta.url));

if (values.reset) {
  rmSync(dataFile, { force: true });
  console.log('Demo data reset to the fixtures.');
}

console.log('Building the demo page…');
await build({ root, configFile: false, plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true } });

/** The demo user's token; the page sends it as `Authorization: Bearer demo-token`. */
const api = createFakeDocumentsApi({
  accessTokens: ['demo-token'],
  controlPath: '/__fake',
  storage: createFileStorage(dataFile, (message) => console.warn(`warning: ${message}`)),
});
const serveStatic = createStaticHandler(outDir);
const erasure = createDemoErasureHandler((line) => console.log(line));
const handler = (request) => {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith('/api/erasure/')) return erasure(request);
  return pathname.startsWith('/api/') || pathname.startsWith('/__fake/') ? api.handler(request) : serveStatic(request);
};

const server = await startFakeServer(handler, { port, host: values.host });
const shownHost = values.host === '127.0.0.1' ? 'localhost' : values.host;
console.log(`iddocs demo running at http://${shownHost}:${server.port}  (data: ${dataFile}; Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
