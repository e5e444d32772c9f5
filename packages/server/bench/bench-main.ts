import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { measureBatching } from './batching.js';
import { measureBurst, type BurstResult } from './burst.js';
import { ms } from './measure.js';
import { measureOverhead } from './overhead.js';

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const burstRow = (r: BurstResult) => `| ${r.limiter} | ${r.customerIds} | ${r.upstreamRequests} | ${r.upstream429} | ${r.cleared} | ${r.failed} | ${r.seconds.toFixed(1)} |`;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs the three measurements and writes RESULTS.md into `outDir` (the bench folder: this file runs from a temporary bundle). */
export async function main(args: readonly string[], outDir: string): Promise<void> {
  const quick = args.includes('--quick');
  const count = quick ? 200 : 2_000;
  say(`Handler overhead: ${count} sequential deletions each way…`);
  const overhead = await measureOverhead(count, quick ? 20 : 200);
  say('Batching: 1,000 ids…');
  const batching = await measureBatching(1_000);
  say('Burst: 3,000 customer ids as clear calls, limiter on (≈30 s)…');
  const on = await measureBurst('on', 3, 1_000);
  say('Burst: the same with the limiter off…');
  const off = await measureBurst('off', 3, 1_000);

  const lines = [
    '# @iddocs/server benchmark',
    '',
    `Command: \`node packages/server/bench/bench-server.mjs${quick ? ' --quick' : ''}\` (\`pnpm bench:server\`), run ${new Date().toISOString()}`,
    `Machine: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}. Loopback only; the fakes from @iddocs/testing stand in for Mews.`,
    '',
    `## 1. Handler overhead (${overhead.count} sequential one-id deletions per path, interleaved; ms)`,
    '',
    '| path | p50 | p99 | mean | p50 vs direct | p99 vs direct |',
    '|---|---|---|---|---|---|',
    `| direct: fetch → fake Mews | ${ms(overhead.direct.p50)} | ${ms(overhead.direct.p99)} | ${ms(overhead.direct.mean)} | 1.00× | 1.00× |`,
    `| handler in-process → real client → fake Mews | ${ms(overhead.inProcess.p50)} | ${ms(overhead.inProcess.p99)} | ${ms(overhead.inProcess.mean)} | ${ratio(overhead.inProcess.p50, overhead.direct.p50)} | ${ratio(overhead.inProcess.p99, overhead.direct.p99)} |`,
    `| fetch → handler over HTTP → real client → fake Mews | ${ms(overhead.overHttp.p50)} | ${ms(overhead.overHttp.p99)} | ${ms(overhead.overHttp.mean)} | ${ratio(overhead.overHttp.p50, overhead.direct.p50)} | ${ratio(overhead.overHttp.p99, overhead.direct.p99)} |`,
    '',
    'The in-process row is the handler\'s own cost (validation, authorize, client, report) on top of the upstream call: the goal is ≤ 1.2×.',
    'The over-HTTP row adds a second loopback HTTP exchange (browser → app), which a direct call does not have, so it is expected near 2×.',
    '',
    '## 2. Batching',
    '',
    '| ids in one request | upstream requests (fake\'s log) | deleted |',
    '|---|---|---|',
    `| ${batching.ids} | ${batching.upstreamRequests} | ${batching.deleted} |`,
    '',
    '## 3. Burst against the fake\'s real limit (200 requests per AccessToken per 30 s)',
    '',
    '3 concurrent handler requests × 1,000 customer ids as `clear` (10 per upstream request → 300 upstream requests).',
    '',
    '| client limiter | customer ids | upstream requests | upstream 429s | cleared | failed | seconds |',
    '|---|---|---|---|---|---|---|',
    burstRow(on),
    burstRow(off),
    '',
  ];
  await writeFile(join(outDir, 'RESULTS.md'), lines.join('\n'));
  say(lines.join('\n'));
}
