#!/usr/bin/env node
// Screenshots of a built Storybook, for visual review.
//   node scripts/screenshot-stories.mjs [--static-dir storybook-static] [--out docs/screenshots] [--all] [story-id ...]
// Build first (`storybook build -c .storybook -o storybook-static`). Serves the build on a loopback port, opens each
// story's iframe in Debian's Chromium (never a downloaded browser) and saves docs/screenshots/<story-id>.png.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, renderOffscreenRows } from './chromium.mjs';


/** Stories shot when none are named and `--all` is not given: one of every kind of state. Missing ones are skipped. */
const KEY_STORIES = [
  'widgets-documentuploader--empty',
  'widgets-documentuploader--id-card-sides',
  'widgets-documentuploader--manual-mode',
  'widgets-documentuploader--uploading-at-40-percent',
  'widgets-documentuploader--several-files-mixed-outcomes',
  'widgets-documentuploader--rejected-file',
  'widgets-documentuploader--dark',
  'widgets-documentuploader--german',
  'widgets-documentuploader--arabic',
  'widgets-documentuploader--location-data-removed',
  'widgets-documentuploader--looks-blurry',
  'widgets-documentuploader--quality-hints',
  'widgets-documentuploader--heic-converted',
  'widgets-documentuploader--damaged-photo',
  'widgets-documentuploader--preparing-a-large-photo',
  'widgets-documentuploader--queued-behind-three',
  'widgets-documentuploader--type-chooser-keeps-unsent-files',
  'widgets-documentuploader--too-small-just-under-the-minimum',
  'widgets-documentuploader--side-keeps-its-file-when-a-new-one-is-refused',
  'widgets-documentuploader--upload-failed-offline',
  'widgets-documentuploader--waiting-for-connection',
  'widgets-documentuploader--upload-refused-forbidden',
  'widgets-documentlist--loading',
  'widgets-documentlist--empty',
  'widgets-documentlist--loaded-every-status',
  'widgets-documentlist--load-failed',
  'widgets-documentlist--load-more',
  'widgets-documentlist--load-more-failed',
  'widgets-documentlist--delete-failed-restores-row',
  'widgets-documentlist--dark',
  'widgets-documentlist--arabic',
  'widgets-documentlist--german',
  'widgets-documentlist--deleting',
  'widgets-documentlist--two-of-one-name',
  'widgets-deletedocumentdialog--confirm-delete',
  'widgets-deletedocumentdialog--deleting',
  'widgets-deletedocumentdialog--delete-failed',
  'widgets-deletedocumentdialog--dark',
  'widgets-deletedocumentdialog--arabic',
  'widgets-documentmanager--default',
  'widgets-documentmanager--dark',
  'widgets-documentmanager--german',
  'widgets-documentmanager--arabic',
  'widgets-documentmanager--all-states',
  'widgets-erasedatadialog--confirm',
  'widgets-erasedatadialog--erasing',
  'widgets-erasedatadialog--all-deleted',
  'widgets-erasedatadialog--some-later',
  'widgets-erasedatadialog--partner-refused-some',
  'widgets-erasedatadialog--refused',
  'widgets-erasedatadialog--partner-unavailable',
  'widgets-erasedatadialog--mews-identity-documents',
  'widgets-erasedatadialog--dark',
  'widgets-erasedatadialog--arabic',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'static-dir': { type: 'string', default: 'storybook-static' },
    out: { type: 'string', default: 'docs/screenshots' },
    all: { type: 'boolean', default: false },
    width: { type: 'string', default: '1024' },
    height: { type: 'string', default: '720' },
  },
});
const root = resolve(values['static-dir']);
const outDir = resolve(values.out);

/** A minimal static file server for the build, on 127.0.0.1 only. */
function serve(directory) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const path = normalize(join(directory, decodeURIComponent(pathname)));
      if (path !== directory && !path.startsWith(directory + sep)) throw new Error('outside the build');
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      await stat(file);
      response.writeHead(200, { 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function storyIds() {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const all = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
  if (positionals.length > 0) return positionals;
  if (values.all) return all;
  const key = KEY_STORIES.filter((id) => all.includes(id));
  return key.length > 0 ? key : all;
}

const ids = await storyIds();
await mkdir(outDir, { recursive: true });
const server = await serve(root);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await launchChromium();
let failures = 0;
try {
  const context = await browser.newContext({ viewport: { width: Number(values.width), height: Number(values.height) }, reducedMotion: 'reduce' });
  // Storybook's channel says when a story has rendered and its play function has finished (or failed).
  await context.addInitScript(() => {
    const done = ['storyRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException'];
    const hook = () => {
      const channel = globalThis['__STORYBOOK_ADDONS_CHANNEL__'];
      if (!channel) return void setTimeout(hook, 20);
      for (const event of done) channel.on(event, () => (document.documentElement.dataset.storySettled = event));
    };
    hook();
  });
  const page = await context.newPage();
  const problems = [];
  const inFlight = new Set();
  let lastActivity = Date.now();
  const settle = (request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('pageerror', (error) => {
    // MSW re-checks its worker script on start; leaving a page mid-check (a story still waiting on a latency fault) aborts it.
    if (!error.message.startsWith('Failed to update a ServiceWorker')) problems.push(`page error: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/fake-documents/')) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  /** Quiet network for 500 ms (capped: a story with a long latency fault is never quiet). */
  const networkQuiet = async (capMs) => {
    const start = Date.now();
    while (Date.now() - start < capMs && (inFlight.size > 0 || Date.now() - lastActivity < 500)) await page.waitForTimeout(50);
  };
  for (const id of ids) {
    problems.length = 0;
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    const settled = await page
      .waitForFunction(() => document.documentElement.dataset.storySettled, null, { timeout: 20_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => 'timeout');
    if (settled !== 'storyRendered') problems.push(`story did not settle cleanly: ${settled}`);
    await networkQuiet(5_000);
    await page.waitForTimeout(300);
    const file = join(outDir, `${id}.png`);
    await renderOffscreenRows(page);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    const failed = settled !== 'storyRendered';
    if (failed) failures++;
    console.log(`${failed ? '✗' : '✓'} ${id} → ${file}`);
    for (const problem of problems) console.log(`    ${problem.split('\n').slice(0, 3).join(' ').slice(0, 400)}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (failures > 0) process.exitCode = 1;
