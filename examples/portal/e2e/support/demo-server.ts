import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the demo is started from there, as `pnpm start` does. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const startScript = join(repoRoot, 'examples/portal/server/start.mjs');
const RUNNING = /iddocs demo running at (http:\/\/\S+)/;
/** Variables that would point the demo somewhere else than its fakes on a free port. */
const INHERITED_CONFIG = /^(PORT|HOST|MEWS_|IDENFY_|DEMO_)/;

/** A running `start.mjs`. */
export interface DemoServer {
  /** The page's address, as the server printed it. */
  url: string;
  /** Its data folder. */
  dataDir: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stops it with `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Options of {@link startDemoServer}. */
export interface StartDemoServerOptions {
  /** Data folder; default: a fresh temporary one. */
  dataDir?: string;
  /** Build the page first (default), or reuse the last build (`--no-build`), as a quick restart does. */
  build?: boolean;
  /** Extra arguments and environment. */
  args?: string[];
  env?: Record<string, string>;
}

/** Fails fast, and says what to do, when the packages are not built: plain Node runs the demo on their dist/. */
export function assertPackagesBuilt(): void {
  for (const name of ['hooks', 'ui', 'server', 'testing']) {
    const dist = join(repoRoot, 'packages', name, 'dist', 'index.js');
    if (!existsSync(dist)) throw new Error(`The e2e tests run the demo on the built packages, and ${dist} is missing: run \`pnpm run build\` first.`);
  }
}

/** Starts the process and resolves once it printed its URL, or rejects with everything it printed. */
export function spawnDemo(args: string[], env: Record<string, string> = {}): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_CONFIG.test(name)));
  const child = spawn(process.execPath, [startScript, ...args], { cwd: repoRoot, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The demo server printed no URL within 60 s:\n${text}`)), 60_000);
    const read = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const url = RUNNING.exec(text)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The demo server exited (${signal ?? `code ${code}`}) before it was ready:\n${text}`));
    });
  });
  return { child, ready, output: () => text };
}

/** Starts `node examples/portal/server/start.mjs --port 0 --data-dir <dir>` and waits for "iddocs demo running at …". */
export async function startDemoServer(options: StartDemoServerOptions = {}): Promise<DemoServer> {
  assertPackagesBuilt();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'iddocs-e2e-'));
  const args = ['--port', '0', '--data-dir', dataDir, ...(options.build === false ? ['--no-build'] : []), ...(options.args ?? [])];
  const { child, ready, output } = spawnDemo(args, options.env);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let url: string;
  try {
    url = await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    dataDir,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
