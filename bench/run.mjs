// `pnpm bench`: the performance report. Builds the packages (the figures are of what ships), runs each section
// as its own Node process (markdown on stdout, progress on stderr) and writes bench/RESULTS.md: machine, command,
// goals at a glance, then every section. A section that crashes is reported as failed with its error, and only
// then does this exit non-zero; a missed goal is a ✗ in a table, not an error.
// Usage: node bench/run.mjs [--no-build] [--quick]   (--quick: fewer runs, for trying the scripts; not for figures)
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { chromiumPath } from './lib/chromium.mjs';
import { say, table } from './lib/report.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: options } = parseArgs({ options: { 'no-build': { type: 'boolean' }, quick: { type: 'boolean' } } });
const quick = Boolean(options.quick);
const SECTION_TIMEOUT_MS = 20 * 60_000;

const sections = [
  { name: 'Bundle sizes', script: 'bench/bundle-sizes.mjs' },
  { name: 'Upload throughput in Chromium', script: 'bench/upload-throughput.mjs', quick: ['--runs', '4', '--transfer-runs', '2', '--throttled-runs', '2'] },
  { name: 'Rendering in Chromium', script: 'bench/render.mjs', quick: ['--runs', '4'] },
  { name: 'Server (`@iddocs/server`)', script: 'bench/server.mjs', quick: ['--quick'] },
  { name: 'Image preparation', script: 'bench/prepare-image.mjs', optional: true },
];

/** Runs a command with progress passed through to stderr; resolves with its stdout, exit code and stderr tail. */
function run(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-8_000);
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ stdout, stderr, code, signal }));
  });
}

async function machine() {
  let chromium = 'not found';
  try {
    chromium = (await promisify(execFile)(chromiumPath, ['--version'])).stdout.trim();
  } catch {
    // Reported as not found; the browser sections then fail with the launch error.
  }
  const os = (await readFile('/etc/os-release', 'utf8').catch(() => '')).match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] ?? 'unknown OS';
  const cores = cpus();
  return [
    `${cores[0]?.model ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `${os}, Linux ${release()}; Node ${process.version}; ${chromium} (headless, ${chromiumPath})`,
    `load average when the run started: ${loadavg().map((load) => load.toFixed(2)).join(', ')} (shared machine: compare ratios, not absolute times)`,
  ];
}

/** Rows of every table in `markdown` that has `goal` and `met` columns: the goals at a glance. */
function goalsOf(section, markdown) {
  const goals = [];
  let header;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    const column = (name) => header.findIndex((cell) => cell.startsWith(name));
    const at = (name) => cells[column(name)];
    const met = at('met');
    if (column('goal') < 0 || !met || !/^[✓✗◐]/.test(met)) continue;
    const result = at('ratio') ?? at('measured') ?? at('during') ?? at('gzip') ?? cells[1];
    const spread = at('95 %');
    // A table whose first column is the goal itself ("time: ours ≤ 0.7× theirs") names it once.
    // Size rows without a goal of their own are judged against their CI limit.
    const goal = column('goal') === 0 ? '(in the measure)' : at('goal') || (at('CI limit') ? `CI limit ${at('CI limit')}` : '—');
    goals.push([section, cells[0], /\d/.test(spread ?? '') ? `${result} (95 %: ${spread})` : result, goal, met]);
  }
  return goals;
}

const started = new Date();
if (!options['no-build']) {
  say('bench: pnpm run build (the figures are of the built packages)');
  const build = await run('pnpm', ['run', 'build'], 10 * 60_000);
  if (build.code !== 0) {
    // Figures of stale builds would be wrong: nothing is written. pnpm prints the compiler's errors on stdout.
    process.stderr.write(build.stdout.slice(-6_000));
    console.error(`bench: the build failed (exit ${build.code}); bench/RESULTS.md left as it was.`);
    process.exit(1);
  }
}

const header = await machine();
const outputs = [];
const goals = [];
let crashed = false;
for (const section of sections) {
  if (section.optional && !existsSync(`${root}${section.script}`)) {
    outputs.push(`## ${section.name}\n\nSkipped: \`${section.script}\` does not exist in this checkout.`);
    continue;
  }
  say(`\nbench: ${section.name} (${section.script})`);
  const begin = performance.now();
  const args = quick ? (section.quick ?? []) : [];
  const result = await run(process.execPath, ['--expose-gc', section.script, ...args], SECTION_TIMEOUT_MS);
  const seconds = ((performance.now() - begin) / 1000).toFixed(0);
  if (result.code === 0) {
    outputs.push(`${result.stdout.trim()}\n\n<sub>${section.script}: ${seconds} s</sub>`);
    goals.push(...goalsOf(section.name, result.stdout));
  } else {
    crashed = true;
    const why = result.signal ? `killed by ${result.signal}${result.signal === 'SIGKILL' ? ` after the ${SECTION_TIMEOUT_MS / 60_000} min limit` : ''}` : `exit code ${result.code}`;
    outputs.push(`## ${section.name}\n\n**Failed** (\`node ${section.script}\`, ${why}, after ${seconds} s):\n\n\`\`\`text\n${result.stderr.trim().split('\n').slice(-30).join('\n')}\n\`\`\``);
  }
}

const command = quick || options['no-build'] ? `node bench/run.mjs ${process.argv.slice(2).join(' ')}` : 'pnpm bench';
const report = [
  '# iddocs performance report',
  '',
  `Command: \`${command}\` (${options['no-build'] ? 'on the packages as last built' : 'builds the packages'}, then runs every section in bench/). Run ${started.toISOString()}${quick ? ' — **quick mode: too few runs to quote**' : ''}.`,
  '',
  ...header.map((line) => `- ${line}`),
  '',
  'Each browser comparison runs ours and its baseline in the same browser, same run, alternating; the raw runs are under each table.',
  '',
  '## Goals at a glance',
  '',
  goals.length ? table(['section', 'measure', 'result', 'goal', 'met'], goals, ['---', '---', '---:', '---:', ':---:']) : '(no section reported a goal)',
  '',
  ...outputs.flatMap((output) => [output, '']),
].join('\n');
await writeFile(`${root}bench/RESULTS.md`, report);
say(`\nbench: wrote bench/RESULTS.md${crashed ? ' — a section failed, see the report' : ''}`);
process.exit(crashed ? 1 : 0);
