// Section: the server figures. Runs `pnpm bench:server`'s script (packages/server/bench/bench-server.mjs, which
// owns the measurement and writes packages/server/bench/RESULTS.md), then prints that file's tables as a section.
// Usage: node bench/server.mjs [--quick]
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { print, say } from './lib/report.mjs';

const root = new URL('..', import.meta.url).pathname;
const script = 'packages/server/bench/bench-server.mjs';
const results = `${root}packages/server/bench/RESULTS.md`;
const args = process.argv.includes('--quick') ? ['--quick'] : [];

say(`server: node ${script} ${args.join(' ')} (≈1 min: the burst waits out the fake Mews rate limit)`);
const startedAt = Date.now();
// Its stdout is progress plus a copy of RESULTS.md: shown as progress, the file is what we read.
const code = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  child.once('error', reject);
  child.once('exit', resolve);
});
if (code !== 0) throw new Error(`${script} exited with ${code}`);
// Never pass stale figures off as this run's.
if ((await stat(results)).mtimeMs < startedAt) throw new Error(`${script} did not rewrite ${results}`);

const text = await readFile(results, 'utf8');
// Its title becomes this section's heading; its sections nest one level deeper.
const body = text
  .split('\n')
  .filter((line) => !line.startsWith('# '))
  .map((line) => (/^#{2,} /.test(line) ? `#${line}` : line))
  .join('\n')
  .trim();
print('## Server (`@iddocs/server`)');
print();
print(`From \`pnpm bench:server\` (\`node ${script}${args.length ? ` ${args.join(' ')}` : ''}\`), also kept in [packages/server/bench/RESULTS.md](../packages/server/bench/RESULTS.md).`);
print();
print(body);
