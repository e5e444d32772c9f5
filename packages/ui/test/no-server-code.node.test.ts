// The browser packages must never carry the erasure proxy's code: its upstream hosts, upstream paths or the
// credential fields it sends. Bundled from sources the way an app's bundler would, for the browser.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// examples/snippets depends on all three packages, so every import below resolves from there.
const resolveDir = fileURLToPath(new URL('../../../examples/snippets', import.meta.url));

/** Server-only strings; word boundaries, because the browser's own `getAccessToken` is not a credential field. */
const SERVER_ONLY = [/ivs\.idenfy\.com/, /api\.mews(-demo)?\.com/, /identityDocuments\//, /\bClientToken\b/, /\bAccessToken\b/, /\bapiSecret\b/];

async function bundle(code: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    conditions: ['@iddocs/source'],
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    jsx: 'automatic',
    logLevel: 'silent',
  });
  return new TextDecoder().decode(result.outputFiles[0]!.contents);
}

describe('browser bundles', () => {
  it('of the hooks, the erasure client and the widgets contain no server code', async () => {
    const text = await bundle("export * from '@iddocs/hooks'; export * from '@iddocs/hooks/erasure'; export * from '@iddocs/ui';", 'browser');
    expect(text.length).toBeGreaterThan(10_000);
    expect(SERVER_ONLY.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
    expect(text).not.toContain('server-only');
  });

  it('would catch it: the same patterns find every kind of server string in the server package built for Node', async () => {
    const text = await bundle("export * from '@iddocs/server';", 'node');
    expect(SERVER_ONLY.filter((pattern) => !pattern.test(text)).map(String)).toEqual([]);
  });
});
