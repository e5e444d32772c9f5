import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { makeDirectory } from '../server/make-directory.mjs';

const moduleUrl = new URL('../server/make-directory.mjs', import.meta.url).href;

describe('makeDirectory (the demo’s data folder)', () => {
  it('creates missing parents, and accepts a folder that exists', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'iddocs-dir-')), 'a', 'b', 'c');
    makeDirectory(folder);
    makeDirectory(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it('fails with ENOENT where Node’s recursive mkdir loops forever (/proc/x)', () => {
    // In a child process: a hang in this thread could not be timed out.
    const script = `import(${JSON.stringify(moduleUrl)}).then((m) => m.makeDirectory('/proc/x')).catch((error) => { console.log(error.code); });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000, encoding: 'utf8' });
    expect(child.signal).toBeNull();
    expect(child.stdout.trim()).toBe('ENOENT');
  });
});
