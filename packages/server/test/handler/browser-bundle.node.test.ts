import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    // A used namespace import: `sideEffects: false` lets a bundler drop an unused one entirely.
    stdin: { contents: `import * as server from '${entry}';\nexport default server;`, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    conditions: ['@iddocs/source'],
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('a browser bundle', () => {
  it.each(['@iddocs/server', '@iddocs/server/next'])('resolves %s to the module that throws "server-only"', async (entry) => {
    const code = await bundle(entry, 'browser');
    expect(code).toContain('server-only');
    for (const leak of ['identityDocuments', 'ClientToken', 'ivs.idenfy.com', 'authorize']) expect(code).not.toContain(leak);
  });

  it('still gets the real server code on node, so the check above can tell the two apart', async () => {
    const code = await bundle('@iddocs/server', 'node');
    expect(code).not.toContain('server-only');
    expect(code).toContain('identityDocuments');
    expect(code).toContain('ClientToken');
  });
});
