import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { DEFAULT_DATA_DIR, parseDemoArgs, UsageError } from '../server/demo-options.mjs';

describe('the demo’s command line', () => {
  it('defaults to port 5173 on 127.0.0.1, the example’s .data folder, building the page', () => {
    expect(parseDemoArgs([], {})).toEqual({ port: 5173, host: '127.0.0.1', dataDir: DEFAULT_DATA_DIR, reset: false, build: true, help: false });
    expect(DEFAULT_DATA_DIR).toMatch(/examples[/\\]portal[/\\]\.data$/);
  });

  it('takes PORT and HOST from the environment, and flags over them', () => {
    expect(parseDemoArgs([], { PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ port: 8080, host: '0.0.0.0' });
    expect(parseDemoArgs(['--port', '0', '--host', '::1'], { PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ port: 0, host: '::1' });
  });

  it('resolves --data-dir against the working folder, and reads --reset and --no-build', () => {
    expect(parseDemoArgs(['--data-dir', 'tmp/demo', '--reset', '--no-build'], {})).toMatchObject({ dataDir: resolve('tmp/demo'), reset: true, build: false });
  });

  it.each([
    [['--port', '99999'], {}, '--port must be a whole number from 0 to 65535, got "99999".'],
    [['--port', '80a'], {}, '--port must be a whole number from 0 to 65535, got "80a".'],
    [['--port=-1'], {}, '--port must be a whole number from 0 to 65535, got "-1".'],
    [[], { PORT: 'eighty' }, '--port must be a whole number from 0 to 65535, got "eighty" (from PORT).'],
    [['--data-dir', ' '], {}, '--data-dir must name a folder, e.g. --data-dir /tmp/iddocs-demo.'],
    [['--host', ''], {}, '--host must not be empty; use e.g. 127.0.0.1 or 0.0.0.0.'],
  ])('refuses %o %o: %s', (argv, env, message) => {
    expect(() => parseDemoArgs(argv, env)).toThrow(new UsageError(message));
  });

  it('names an unknown flag and shows the usage', () => {
    expect(() => parseDemoArgs(['--prot', '80'], {})).toThrow(/Unknown option '--prot'[\s\S]*--data-dir DIR/);
  });
});
