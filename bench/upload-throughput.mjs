// Section: upload throughput in Chromium — `useUploadDocument` vs a bare XMLHttpRequest, the same 20 MB file to
// the same loopback HTTP/1.1 server (the fake documents API). Prints a markdown section; progress on stderr.
// Usage: node bench/upload-throughput.mjs [--runs N] [--transfer-runs N] [--throttled-runs N]
import { parseArgs } from 'node:util';
import { createFakeDocumentsApi } from '@iddocs/testing';
import { launchChromium, openBenchPage } from './lib/chromium.mjs';
import { buildPage, servePage } from './lib/page-server.mjs';
import { alternate, details, interval, median, met, ms, pairedRatio, pairedRatioInterval, print, range, say, table, times } from './lib/report.mjs';

// 200 rounds (an even number: ratios are taken over pairs of rounds, see `pairedRatio`): on this 2-core machine one
// round's ratio swings by ±30 %, and the goal is about 5 %; so the report gives the 95 % interval too.
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, 'transfer-runs': { type: 'string', default: '60' }, 'throttled-runs': { type: 'string', default: '5' } },
});
const runs = Number(values.runs);
const transferRuns = Number(values['transfer-runs']);
const throttledRuns = Number(values['throttled-runs']);
/** A fast real uplink (80 Mbit/s): the ratio a user would see, once the fixed costs that dominate on loopback shrink. */
const THROTTLE = 10_000_000;
const GOAL = 0.95;

/** `3–5`, or `4` when every run saw the same. */
const span = (numbers) => [...new Set(range(numbers))].join('–');

const api = createFakeDocumentsApi({ seed: false });
const server = await servePage(await buildPage('upload-page'), api);
const browser = await launchChromium();
try {
  const { call } = await openBenchPage(browser, server.url);
  const fileBytes = await call('fileBytes');

  /** Forgets the stored files and collects them (the runner gives Node `--expose-gc`), so no run pays for the last one's garbage. */
  const empty = () => {
    api.reset();
    globalThis.gc?.();
  };
  /** Checks that the fake really stored the whole file, then empties it (20 MB per run adds up). */
  const storedDocument = ({ id }) => {
    const document = api.documents().find((candidate) => String(candidate.id) === id);
    if (document?.size !== fileBytes) throw new Error(`document ${id} holds ${document?.size} bytes on the server, not ${fileBytes}`);
    empty();
  };
  const storedFile = async ({ path }) => {
    const key = path.split('/')[1];
    const response = await fetch(`${server.url}/api/v2/my/files/${key}`, { headers: { authorization: 'Bearer test-token' } });
    const size = (await response.arrayBuffer()).byteLength;
    if (size !== fileBytes) throw new Error(`file ${path} holds ${size} bytes on the server, not ${fileBytes}`);
    empty();
  };
  const timed = (name, verify, throttle) => async () => {
    if (throttle) api.inject('upload', { type: 'throttle', bytesPerSecond: throttle });
    const outcome = await call(name);
    await verify(outcome);
    return outcome;
  };

  const pairs = [
    { measure: 'upload + create: `useUploadDocument` vs bare XHR + `fetch`', ours: timed('ours', storedDocument), bare: timed('bare', storedDocument) },
    { measure: 'byte transfer only: `client.uploadFile` vs bare XHR', ours: timed('oursTransfer', storedFile), bare: timed('bareTransfer', storedFile), runs: transferRuns },
    {
      measure: `upload + create, server reading at ${THROTTLE / 1e6} MB/s`,
      ours: timed('ours', storedDocument, THROTTLE),
      bare: timed('bare', storedDocument, THROTTLE),
      runs: throttledRuns,
    },
  ];
  const results = [];
  for (const pair of pairs) {
    const count = pair.runs ?? runs;
    say(`upload: warm-up, then ${count} alternating runs of ${pair.measure}`);
    await pair.ours();
    await pair.bare();
    const [ours, bare] = await alternate(count, pair.ours, pair.bare, (round) => say(`  round ${round + 1}/${count}`));
    results.push({ ...pair, ours, bare });
  }

  const mbps = (milliseconds) => `${(fileBytes / 1e6 / (milliseconds / 1000)).toFixed(0)} MB/s`;
  const rows = results.map(({ measure, ours, bare }, index) => {
    const bareTimes = bare.map((run) => run.ms);
    const ourTimes = ours.map((run) => run.ms);
    const oursMs = median(ourTimes);
    const bareMs = median(bareTimes);
    const ratio = pairedRatio(bareTimes, ourTimes);
    const goal = index !== 1;
    return [measure, `${ms(oursMs)} ms (${mbps(oursMs)})`, `${ms(bareMs)} ms (${mbps(bareMs)})`, times(ratio), interval(pairedRatioInterval(bareTimes, ourTimes)), goal ? `≥ ${GOAL}` : 'info', goal ? met(ratio >= GOAL) : ''];
  });
  const first = results[0];
  // Where the two sides differ: medians of each phase, traced by the same wrapper of XHR and fetch on both sides.
  const phaseNames = { beforeSend: 'call → first byte sent (our content check reads the file’s first bytes)', beforeCreate: 'upload answered → `create` sent', afterCreate: '`create` answered → document back to the caller' };
  const phaseRows = Object.entries(phaseNames).map(([key, name]) => {
    const oursPhase = median(first.ours.map((run) => run.phases[key]));
    const barePhase = median(first.bare.map((run) => run.phases[key]));
    return [name, ms(oursPhase), ms(barePhase), ms(oursPhase - barePhase)];
  });

  print('## Upload throughput in Chromium');
  print();
  print(`The same ${(fileBytes / 1e6).toFixed(0)} MB file (JPEG signature, random bytes) to the same loopback HTTP/1.1 server (the fake documents API from`);
  print(`\`@iddocs/testing\`, same origin as the page), median of ${runs} runs each (${throttledRuns} when throttled), alternating which goes first, after one warm-up each.`);
  print('Both sides do the same work: a multipart POST with an upload progress listener, then the JSON `create` call; time runs');
  print('from the call until the created document is back. Every run is checked on the server (the document holds all the bytes).');
  print('Ratio = bare time / our time (a throughput ratio: 1.00× is as fast as the floor), the median over pairs of rounds, one');
  print('of each order, of the pair’s summed times: each round runs both back to back and each pair both orders, so load');
  print('changes on this shared machine and order effects cancel out. Times are medians.');
  print('On loopback the transfer itself is noisy: on this 2-core machine, shared by Chromium’s processes and the Node fake');
  print('(which parses the multipart body in 20–50 ms), the same 20 MB go up in anywhere from ~40 to ~210 ms, for both sides');
  print('alike — even from a blank page to a server that only drains the body. A single round swings by far more than the 5 %');
  print(`the goal allows, hence ${runs} rounds and the 95 % interval of the ratio (bootstrap over the pairs of rounds, seeded);`);
  print('with 61 rounds the ratio moved by ±0.05 between runs of the same code.');
  print();
  print(table(['measure', 'ours', 'bare (baseline)', 'ratio', '95 % interval', 'goal', 'met'], rows, ['---', '---:', '---:', '---:', '---:', '---:', ':---:']));
  print();
  print(`Where the time differs (upload + create, medians of the ${runs} runs; the transfer in between is the same XHR on both sides):`);
  print();
  print(table(['phase', 'ours (ms)', 'bare (ms)', 'difference (ms)'], phaseRows, ['---', '---:', '---:', '---:']));
  print();
  for (const { measure, ours, bare } of [first, results[2]]) {
    const steps = span(ours.map((run) => run.progressEvents));
    const renders = span(ours.map((run) => run.renders));
    const events = span(bare.map((run) => run.progressEvents));
    print(`- ${measure}: per upload, \`useUploadDocument\` reported ${steps} progress steps (whole percents) and the component using it rendered ${renders} times; the bare XHR saw ${events} raw \`progress\` events.`);
  }
  print();
  const raw = results
    .map(({ measure, ours, bare }) => `${measure}\n\n- ours (ms): ${ours.map((run) => ms(run.ms)).join(', ')}\n- bare (ms): ${bare.map((run) => ms(run.ms)).join(', ')}`)
    .join('\n\n');
  print(details('Raw runs', raw));
} finally {
  await browser.close();
  await server.close();
}
