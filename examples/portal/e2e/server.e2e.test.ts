import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeMews } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPackagesBuilt, spawnDemo, startDemoServer } from './support/demo-server.js';

const folders: string[] = [];
/** A fresh data folder, deleted after the file. */
function tempDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'iddocs-e2e-'));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs start.mjs to its exit (for the start-up mistakes) and returns what it printed. */
async function runToExit(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  assertPackagesBuilt();
  // Never the default data folder: a test must not touch the demo's own documents.
  const dataDir = args.includes('--data-dir') ? [] : ['--data-dir', tempDir()];
  const { child, ready, output } = spawnDemo([...args, ...dataDir], env);
  ready.catch(() => undefined);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output: output() };
}

describe('the demo server process', () => {
  it('starts on a free port with --port 0, prints the real URL and the upstreams, and stops cleanly on SIGTERM', async () => {
    const server = await startDemoServer({ dataDir: tempDir() });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
      expect(server.output()).toContain('Mews:   fake (in this process)');
      expect(server.output()).toContain('iDenfy: fake (in this process)');
      expect(server.output()).toContain(`Data:   ${join(server.dataDir, 'documents.json')}`);
      const page = await fetch(server.url);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>My documents — iddocs demo portal</title>');
    } finally {
      await server.stop();
    }
  });

  it('talks to the Mews set in the environment, and never prints its tokens', async () => {
    const clientToken = 'CLIENT-TOKEN-0123456789ABCDEF';
    const accessToken = 'ACCESS-TOKEN-FEDCBA9876543210';
    const mews = createFakeMews({ clientToken, accessToken });
    const upstream = await startFakeServer(mews.handler);
    const server = await startDemoServer({
      dataDir: tempDir(),
      build: false,
      env: { MEWS_CLIENT_TOKEN: clientToken, MEWS_ACCESS_TOKEN: accessToken, MEWS_BASE_URL: upstream.url, DEMO_MEWS_DOCUMENT_IDS: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01' },
    });
    try {
      const response = await fetch(`${server.url}/api/erasure/mews/identity-documents/delete`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identityDocumentIds: ['7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01'] }),
      });
      expect(await response.json()).toMatchObject({ deleted: ['7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01'] });
      expect(mews.requests).toHaveLength(1);
      expect(server.output()).toContain(`Mews:   ${upstream.url} (real; MEWS_CLIENT_TOKEN and MEWS_ACCESS_TOKEN set)`);
      const account = await (await fetch(`${server.url}/__demo/account`)).text();
      for (const shown of [server.output(), account]) {
        expect(shown).not.toContain(clientToken);
        expect(shown).not.toContain(accessToken);
      }
    } finally {
      await server.stop();
      await upstream.close();
    }
  });

  it('reports a damaged data file at start, sets it aside and serves the fixtures', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'documents.json'), '{"documents": [');
    const server = await startDemoServer({ dataDir, build: false });
    try {
      expect(server.output()).toMatch(/warning: .*documents\.json is not a valid demo data file .* moved it to .*documents\.json\.corrupt-\d+ and started from the fixtures\./);
      expect(readdirSync(dataDir).some((name) => name.startsWith('documents.json.corrupt-'))).toBe(true);
      const list = await fetch(`${server.url}/api/v2/my/documents`, { headers: { Authorization: 'Bearer demo-token' } });
      expect(list.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('restores the fixtures with --reset', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'documents.json'), JSON.stringify({ nextId: 2, documents: [], files: {} }));
    const server = await startDemoServer({ dataDir, build: false, args: ['--reset'] });
    try {
      expect(server.output()).toContain('Demo data reset to the fixtures.');
      const documents = await (await fetch(`${server.url}/api/v2/my/documents`, { headers: { Authorization: 'Bearer demo-token' } })).json();
      expect(documents.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  it.each([
    [['--port', 'http'], {}, 2, '--port must be a whole number from 0 to 65535, got "http".'],
    [['--data-dir', join(tmpdir(), 'iddocs-not-a-folder.txt', 'data')], {}, 1, 'cannot use the data folder'],
    [['--port', '0', '--no-build'], { MEWS_ACCESS_TOKEN: 'x' }, 2, 'MEWS_ACCESS_TOKEN is set but MEWS_CLIENT_TOKEN is not'],
    [['--port', '0', '--no-build'], { IDENFY_API_KEY: 'k', IDENFY_API_SECRET: 's', IDENFY_BASE_URL: 'ftp://idenfy.example' }, 2, 'createIdenfyClient: options.baseUrl must use https (http only for localhost). (check IDENFY_BASE_URL)'],
  ])('stops at once with a clear message: %o %o', async (args, env, exitCode, message) => {
    writeFileSync(join(tmpdir(), 'iddocs-not-a-folder.txt'), 'a file where a folder is expected');
    const { code, output } = await runToExit(args, env);
    expect(code).toBe(exitCode);
    expect(output).toContain(`iddocs demo: ${message}`);
    expect(output).not.toContain('Building the demo page');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('says when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const { code, output } = await runToExit(['--port', String(port), '--no-build']);
      expect(code).toBe(1);
      expect(output).toContain(`iddocs demo: port ${port} on 127.0.0.1 is in use: pass --port N (or PORT=N), or --port 0 for any free port.`);
    } finally {
      blocker.close();
    }
  });

  it('prints its options with --help', async () => {
    const { code, output } = await runToExit(['--help']);
    expect(code).toBe(0);
    expect(output).toContain('--data-dir DIR');
    expect(output).toContain('--no-build');
    expect(existsSync(join(tmpdir(), 'iddocs-not-a-folder.txt'))).toBe(true);
  });

  it('builds the page for production whatever NODE_ENV says, without build warnings a user cannot act on', async () => {
    // A shell (or a test runner: Vitest sets "test") may export NODE_ENV; `pnpm start` serves the production build anyway.
    const server = await startDemoServer({ dataDir: tempDir(), env: { NODE_ENV: 'development' } });
    try {
      const html = await (await fetch(server.url)).text();
      const script = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const code = await (await fetch(new URL(script!, server.url))).text();
      // A message React's development build alone carries.
      expect(code.includes('cannot be a descendant of'), 'the page is React’s development build').toBe(false);
      // The HEIC decoder is one big chunk, loaded only for HEIC photos: Vite's "(!) Some chunks are larger" is noise here.
      expect(server.output()).not.toContain('(!)');
    } finally {
      await server.stop();
    }
  });
});
