// Part of the render section: React Profiler commits while one upload progresses (React's profiling build).
// Goal: the list does not commit until the upload finishes, and in the uploader only the uploading row re-renders.
import { createFakeDocumentsApi } from '@iddocs/testing';
import { openBenchPage } from './lib/chromium.mjs';
import { buildPage, servePage } from './lib/page-server.mjs';
import { details, met, ms, say, table } from './lib/report.mjs';

/**
 * On loopback the socket buffers take the first ~4 MB at once and Chromium then reports upload progress in steps of
 * ~1.6 MB whatever the speed, so a 20 MB file gives only ~10 steps: the measured file is 40 MB (the page raises the
 * client's 20 MB limit, the fake's is raised here), read by the server in ~5 s.
 */
const SIZE = 40_000_000;
const THROTTLE = 8_000_000;
const MIN_PROGRESS_STEPS = 10;

/** 20 documents like a real account's: images (with thumbnails) and PDFs, every status. */
const seed = Array.from({ length: 20 }, (_, index) => ({
  typeId: (index % 6) + 1,
  status: ['approved', 'pending', 'rejected', 'in_review'][index % 4],
  fileName: `document-${index + 1}.${['jpg', 'png', 'pdf'][index % 3]}`,
}));

/** Runs the measurement in `browser` and returns its markdown. */
export async function measureCommits(browser) {
  const api = createFakeDocumentsApi({ seed, maxUploadBytes: 2 * SIZE });
  const server = await servePage(await buildPage('profiler-page', { profiling: true }), api);
  try {
    const { call } = await openBenchPage(browser, server.url);
    say('commits: mounting the uploader and the list, two earlier uploads');
    const mounted = await call('mount');
    say(`commits: one ${SIZE / 1e6} MB upload, server reading at ${THROTTLE / 1e6} MB/s`);
    api.inject('upload', { type: 'throttle', bytesPerSecond: THROTTLE });
    await call('upload', SIZE);
    const report = await call('report');
    const stored = api.documents().find((document) => document.fileName === 'passport-scan.jpg');
    if (stored?.size !== SIZE) throw new Error(`the measured upload stored ${stored?.size} bytes, not ${SIZE}`);
    if (report.listRows !== mounted.listRows + 1) throw new Error(`the list shows ${report.listRows} rows after the upload, not ${mounted.listRows + 1}`);
    return describe(report, mounted);
  } finally {
    await server.close();
  }
}

const rerendered = (subset, phase) => subset.filter((row) => row.renders[phase] > 0);
const renderSum = (subset, phase) => subset.reduce((sum, row) => sum + row.renders[phase], 0);

function describe({ progressSteps, percents, commits, rows }, mounted) {
  const listRows = rows.filter((row) => row.kind === 'item');
  const fileRows = rows.filter((row) => row.kind === 'file');
  const uploading = fileRows.find((row) => row.name === 'passport-scan.jpg');
  const others = fileRows.filter((row) => row !== uploading);
  const listDuring = commits.list?.uploading ?? { count: 0, ms: 0 };
  const listAfter = commits.list?.after ?? { count: 0, ms: 0 };
  const uploaderDuring = commits.uploader?.uploading ?? { count: 0, ms: 0 };
  const othersDuring = rerendered(others, 'uploading');

  const lines = [
    '### Profiler commits while one upload progresses',
    '',
    `\`<DocumentUploader>\` and \`<DocumentList>\` (${mounted.listRows} documents, images and PDFs) under one \`LiveRegion\`, as in \`<DocumentManager>\`,`,
    `each in its own \`<React.Profiler>\` (React's profiling build, \`react-dom/profiling\`). The uploader (\`prepare={false}\`: files go up as chosen,`,
    `image preparation is measured in its own section) already shows ${mounted.fileRows} finished uploads;`,
    `then one ${SIZE / 1e6} MB upload to the loopback fake, its server reading at ${THROTTLE / 1e6} MB/s (size limits raised for this: on loopback Chromium`,
    'reports upload progress in ~1.6 MB steps after the first ~4 MB, so a 20 MB file gives only ~10 steps). "During" ends when the document is created.',
    'Which rows re-rendered comes from a DevTools-style commit hook: an uploader row re-rendered when React rebuilt its fiber and did work; a list row (a plain `<li>`) when the list gave it new props.',
    '',
    table(
      ['measure', 'during the upload', 'goal', 'met'],
      [
        ['progress steps during the upload (precondition)', String(progressSteps), `≥ ${MIN_PROGRESS_STEPS}`, met(progressSteps >= MIN_PROGRESS_STEPS)],
        ['commits in the uploader Profiler', `${uploaderDuring.count} (${ms(uploaderDuring.ms)} ms rendering in all)`, 'info', ''],
        ['re-renders of the uploading row', String(uploading?.renders.uploading ?? 0), 'info', ''],
        ['re-renders of the other uploader rows (finished uploads)', `${renderSum(others, 'uploading')} (${othersDuring.length} of ${others.length} rows)`, '0', met(othersDuring.length === 0)],
        ['commits in the list Profiler', String(listDuring.count), '0', met(listDuring.count === 0)],
        ['list rows re-rendered', `${rerendered(listRows, 'uploading').length} of ${listRows.length}`, '0', met(rerendered(listRows, 'uploading').length === 0)],
      ],
      ['---', '---:', '---:', ':---:'],
    ),
    '',
    `After the upload finished, the list committed ${listAfter.count} times (${ms(listAfter.ms)} ms): the refetch that shows the new document;` +
      ` ${rerendered(listRows, 'after').length} of its ${listRows.length} rows re-rendered then.`,
    '',
    `Progress steps seen by the hook (percent): ${percents.join(', ')}.`,
    '',
    details(
      'Re-renders per row',
      table(
        ['row', 'widget', 'during the upload', 'after it'],
        rows.map((row) => [row.name, row.kind === 'item' ? 'list' : 'uploader', String(row.renders.uploading), String(row.renders.after)]),
        ['---', '---', '---:', '---:'],
      ),
    ),
  ];
  return lines.join('\n');
}
