// The demo's command line: flags first, then the environment, then defaults. Every mistake is a UsageError
// whose message says what was wrong and what is accepted.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Where the demo keeps its documents unless told otherwise. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data', import.meta.url));

export const USAGE = `Usage: node examples/portal/server/start.mjs [options]   (pnpm start builds the packages first)

  --port N          port to listen on; 0 picks a free one (env PORT; default 5173)
  --host H          interface to listen on (env HOST; default 127.0.0.1)
  --data-dir DIR    folder of the demo's documents (default examples/portal/.data)
  --reset           restore the fixture documents before starting
  --no-build        serve the page built last time instead of building it again
  --help            show this help

Real upstreams instead of the fakes: MEWS_CLIENT_TOKEN + MEWS_ACCESS_TOKEN (MEWS_BASE_URL, MEWS_CLIENT,
MEWS_CHAIN_ID, DEMO_MEWS_DOCUMENT_IDS, DEMO_MEWS_CUSTOMER_ID), IDENFY_API_KEY + IDENFY_API_SECRET
(IDENFY_BASE_URL, DEMO_IDENFY_SCAN_REFS). See the README's demo section.`;

/** A command-line mistake. */
export class UsageError extends Error {
  name = 'UsageError';
}

/**
 * @param {string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, host: string, dataDir: string, reset: boolean, build: boolean, help: boolean }}
 * @throws {UsageError}
 */
export function parseDemoArgs(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        reset: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    // parseArgs' own words ("Unknown option '--prot'") are clear; add what is accepted.
    throw new UsageError(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
  }
  const rawPort = values.port ?? env.PORT ?? '5173';
  const port = /^\d+$/.test(rawPort.trim()) ? Number(rawPort) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${rawPort}"${values.port === undefined ? ' (from PORT)' : ''}.`);
  }
  const host = (values.host ?? env.HOST ?? '127.0.0.1').trim();
  if (!host) throw new UsageError('--host must not be empty; use e.g. 127.0.0.1 or 0.0.0.0.');
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && !dataDir.trim()) throw new UsageError('--data-dir must name a folder, e.g. --data-dir /tmp/iddocs-demo.');
  return {
    port,
    host,
    dataDir: dataDir === undefined ? DEFAULT_DATA_DIR : resolve(dataDir),
    reset: values.reset,
    build: !values['no-build'],
    help: values.help,
  };
}
