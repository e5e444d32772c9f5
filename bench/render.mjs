// Section: rendering in Chromium — (1) first render of <DocumentList> with 500 documents vs a bare <ul> of the same
// data; (2) React Profiler commits while one upload progresses. Prints a markdown section; progress on stderr.
// Usage: node bench/render.mjs [--runs N]
import { parseArgs } from 'node:util';
import { createFakeDocumentsApi } from '@iddocs/testing';
import { launchChromium, openBenchPage } from './lib/chromium.mjs';
import { buildPage, servePage } from './lib/page-server.mjs';
import { alternate, details, interval, median, met, ms, pairedRatio, pairedRatioInterval, print, say, table, times } from './lib/report.mjs';
import { measureCommits } from './render-commits.mjs';

// An even number: the ratio is taken over pairs of rounds, one of each order (see `pairedRatio`).
const { values } = parseArgs({ options: { runs: { type: 'string', default: '40' } } });
const runs = Number(values.runs);
const DOCUMENTS = 500;
const GOAL = 2;
const STATUSES = ['approved', 'pending', 'rejected', 'in_review'];

/** 500 documents of every type and status (rejected ones with a reason), one hour apart. PDFs: see the note printed below. */
const seed = Array.from({ length: DOCUMENTS }, (_, index) => {
  const status = STATUSES[index % STATUSES.length];
  return {
    typeId: (index % 6) + 1,
    status,
    fileName: `scan-${String(index + 1).padStart(3, '0')}.pdf`,
    createTime: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString(),
    ...(status === 'rejected' && { comment: 'The photo is blurred. Please upload a sharper picture.' }),
  };
});

const perRow = (run) => `${run.elementsPerRow.toFixed(1)} elements and ${run.attributesPerRow.toFixed(1)} attributes`;
const list = (runsOf, key) => runsOf.map((run) => ms(run[key])).join(', ');

async function measureFirstRender(browser) {
  const server = await servePage(await buildPage('render-page'), createFakeDocumentsApi({ seed }));
  try {
    const { call } = await openBenchPage(browser, server.url);
    const loaded = await call('load');
    if (loaded !== DOCUMENTS) throw new Error(`the cache holds ${loaded} documents, not ${DOCUMENTS}`);
    const checked = (name) => async () => {
      const run = await call(name);
      if (run.rows !== DOCUMENTS || !run.lastRowHasName) throw new Error(`${name}: rendered ${run.rows} rows (last row named: ${run.lastRowHasName}), not ${DOCUMENTS}`);
      return run;
    };
    say(`render: 2 warm-ups each, then ${runs} alternating mounts of ${DOCUMENTS} rows`);
    for (let warmUp = 0; warmUp < 2; warmUp += 1) {
      await checked('ours')();
      await checked('oursEveryRowLaidOut')();
      await checked('bare')();
    }
    const [ours, bare] = await alternate(runs, checked('ours'), checked('bare'), (round) => say(`  round ${round + 1}/${runs}`));
    say(`render: ${runs} more alternating mounts with every row laid out (for information)`);
    const [everyRow, bareAgain] = await alternate(runs, checked('oursEveryRowLaidOut'), checked('bare'));
    return { ours, bare, everyRow, bareAgain };
  } finally {
    await server.close();
  }
}

const browser = await launchChromium();
try {
  const { ours, bare, everyRow, bareAgain } = await measureFirstRender(browser);
  const commits = await measureCommits(browser);

  print('## Rendering in Chromium');
  print();
  print(`### First render of ${DOCUMENTS} documents`);
  print();
  print(`\`<DocumentList>\` (in a \`DocumentsProvider\`, with \`@iddocs/ui/styles.css\`) vs a bare \`<ul>\` showing the same type, file name, date and status`);
  print('of the same documents (no styles). The documents come from the fake API over HTTP into the cache *before* timing, so');
  print(`no network is measured: the first commit already holds all ${DOCUMENTS} rows (counted after every run). Each run mounts a fresh`);
  print('root: time from `root.render` inside `flushSync` to the end of the commit (effects included), then to the end of a forced');
  print(`style + layout (\`getBoundingClientRect\`). React production build, minified; median of ${runs} runs each, alternating, after 2 warm-ups;`);
  print('the ratio is the median over pairs of rounds, one of each order, of the pair’s summed times (both runs of a round are');
  print('back to back; the order matters here: the bare list took 17–19 ms right after ours and 14–15 ms before it, which a');
  print('per-round median turned into anything from 1.78× to 2.05× between runs of the same code). The interval is the 95 %');
  print('bootstrap interval over the pairs (seeded).');
  print('The documents are PDFs: an image document also starts a request for its thumbnail after the commit, which is network.');
  print();
  const row = (measure, key, mine = ours, theirs = bare, goal = true) => {
    const mineMs = mine.map((run) => run[key]);
    const theirsMs = theirs.map((run) => run[key]);
    const ratio = pairedRatio(mineMs, theirsMs);
    return [measure, `${ms(median(mineMs))} ms`, `${ms(median(theirsMs))} ms`, times(ratio), interval(pairedRatioInterval(mineMs, theirsMs)), goal ? `≤ ${GOAL}×` : 'info', goal ? met(ratio <= GOAL) : ''];
  };
  print(
    table(
      ['measure', 'ours', 'bare `<ul>` (baseline)', 'ratio (ours / bare)', '95 % interval', 'goal', 'met'],
      [
        row('React render + commit', 'renderMs'),
        row('render + commit + style & layout', 'layoutMs'),
        row('the same with every row laid out (`content-visibility` off)', 'layoutMs', everyRow, bareAgain, false),
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', ':---:'],
    ),
  );
  print();
  print('Our stylesheet gives each row `content-visibility: auto`: rows off screen are neither styled nor laid out until they');
  print('come near the viewport (they stay in the DOM, for find-in-page, the keyboard and assistive technology). The last');
  print('row measures what laying out all 500 at once costs, as a page that shows them all would pay.');
  print();
  print(`DOM per row: ours ${perRow(ours[0])} (thumbnail, type, name, date, status, delete button; a reason on rejected ones), bare ${perRow(bare[0])}.`);
  print();
  print(
    details(
      'Raw runs (ms)',
      `- ours, render + commit: ${list(ours, 'renderMs')}\n- bare, render + commit: ${list(bare, 'renderMs')}\n` +
        `- ours, + style & layout: ${list(ours, 'layoutMs')}\n- bare, + style & layout: ${list(bare, 'layoutMs')}\n` +
        `- ours, every row laid out: ${list(everyRow, 'layoutMs')}\n- bare, paired with those: ${list(bareAgain, 'layoutMs')}`,
    ),
  );
  print();
  print(commits);
} finally {
  await browser.close();
}
