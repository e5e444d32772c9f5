import { readFileSync } from 'node:fs';
import { readJpegExif } from '@iddocs/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { startDemoServer } from './support/demo-server.js';
import { chooseFile, chooseFileButton, chooseType, deleteButton, documentList, openPortal, recordRequests, sendPastReview, setSwitch, throttleUploads } from './support/portal.js';
import { SampleFiles } from './support/sample-files.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();
let files: SampleFiles;
beforeAll(() => {
  files = new SampleFiles(suite.browser);
});
afterAll(() => files?.dispose());

/** The uploader's row of a file (its name, size, state and actions). */
const uploaderRow = (name: string) => suite.page.getByRole('group', { name: 'Passport', exact: true }).getByRole('listitem').filter({ hasText: name });

/** The bytes the demo server stored for the document uploaded as `fileName`, fetched as the page does (bearer token). */
async function storedFile(baseUrl: string, fileName: string): Promise<Uint8Array> {
  const headers = { authorization: 'Bearer demo-token' };
  const documents = (await (await fetch(new URL('/api/v2/my/documents?limit=100', baseUrl), { headers })).json()) as { fileName?: string; fileUrl: string }[];
  const stored = documents.find((document) => document.fileName === fileName);
  if (!stored) throw new Error(`no stored document named ${fileName}`);
  return new Uint8Array(await (await fetch(new URL(stored.fileUrl, baseUrl), { headers })).arrayBuffer());
}

describe('uploading in the demo portal', () => {
  it('uploads a JPEG and a PDF through the file chooser and a JPEG by drag and drop, with progress; all survive a reload and a server restart', async () => {
    const { page } = suite;
    const scan = await files.photo('passport-scan.jpg', 1);
    const photo = await files.photo('passport-photo-page.jpg', 2);
    const bill = files.pdf('electricity-bill.pdf');
    const uploaded = ['Passport — passport-scan.jpg', 'Proof of address — electricity-bill.pdf', 'Passport — passport-photo-page.jpg'];
    await openPortal(page, suite.server.url);
    await expectNoAxeViolations(page, 'loaded');
    await screenshot(page, 'upload', '1-loaded');

    // Chromium's own throttling: the progress bar moves as bytes leave the browser.
    await throttleUploads(page, 48 * 1024);
    await chooseFile(page, 'Passport', scan);
    const progress = page.getByRole('progressbar', { name: 'passport-scan.jpg' });
    const percent = () => progress.evaluate((bar: HTMLProgressElement) => bar.value);
    await expect.poll(percent, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await percent()).toBeLessThan(100);
    await screenshot(page, 'upload', '2-uploading');
    await expectNoAxeViolations(page, 'uploading');
    await throttleUploads(page, false);
    await deleteButton(page, uploaded[0]!).waitFor();
    expect(await uploaderRow('passport-scan.jpg').textContent()).toContain('Uploaded');
    // The phone photo carried its GPS position; the file that reached the server carries no EXIF at all.
    expect(readJpegExif(new Uint8Array(readFileSync(scan)))?.position).toBeDefined();
    expect(await uploaderRow('passport-scan.jpg').textContent()).toContain('Location data removed from photo');
    expect(readJpegExif(await storedFile(suite.server.url, 'passport-scan.jpg'))).toBeUndefined();

    await chooseType(page, 'Proof of address');
    await chooseFile(page, 'Proof of address', bill);
    await deleteButton(page, uploaded[1]!).waitFor();

    await chooseType(page, 'Passport');
    const dataTransfer = await page.evaluateHandle(
      ({ base64, name }) => {
        const binary = atob(base64);
        const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
        return transfer;
      },
      { base64: readFileSync(photo).toString('base64'), name: 'passport-photo-page.jpg' },
    );
    // Where a person drops a file: on the drop area's text.
    const dropArea = page.getByRole('group', { name: 'Passport', exact: true }).getByText('Drag and drop or paste a photo or PDF here');
    await dropArea.dispatchEvent('dragenter', { dataTransfer });
    await dropArea.dispatchEvent('dragover', { dataTransfer });
    await screenshot(page, 'upload', '3-dragging');
    await dropArea.dispatchEvent('drop', { dataTransfer });
    await sendPastReview(page, 'passport-photo-page.jpg');
    await deleteButton(page, uploaded[2]!).waitFor();
    await expectNoAxeViolations(page, 'uploaded');
    await screenshot(page, 'upload', '4-uploaded');

    await page.reload();
    await documentList(page).waitFor();
    for (const label of uploaded) expect(await deleteButton(page, label).count(), `${label} after a reload`).toBe(1);

    // A crash, not a clean stop: every answered upload was already on disk.
    await suite.server.stop('SIGKILL');
    suite.server = await startDemoServer({ dataDir: suite.server.dataDir, build: false });
    await openPortal(page, suite.server.url);
    for (const label of uploaded) expect(await deleteButton(page, label).count(), `${label} after a restart`).toBe(1);
    await screenshot(page, 'upload', '5-after-restart');
  });

  it('uploads both sides of an ID card, each listed as its own document', async () => {
    const { page, server } = suite;
    const front = await files.photo('id-card-front-side.jpg', 3);
    const back = await files.photo('id-card-back-side.jpg', 4);
    await openPortal(page, server.url);
    await chooseType(page, 'ID card');
    await chooseFile(page, 'Front', front);
    await chooseFile(page, 'Back', back);
    await deleteButton(page, 'ID card (Front) — id-card-front-side.jpg').waitFor();
    await deleteButton(page, 'ID card (Back) — id-card-back-side.jpg').waitFor();
    // The two newest documents, each under its own side's type (in whichever order their uploads finished). Not
    // anchored: a row whose thumbnail is still being made starts with its file icon's text ("jpg").
    const newest = (await documentList(page).getByRole('listitem').allTextContents()).slice(0, 2);
    expect(newest.map((text) => /ID card \((Front|Back)\)[\w-]+\.jpg/.exec(text)?.[0]).toSorted()).toEqual([
      'ID card (Back)id-card-back-side.jpg',
      'ID card (Front)id-card-front-side.jpg',
    ]);
    await screenshot(page, 'upload-id-card', 'both-sides');
  });

  it('refuses an executable renamed .jpg, says why, and sends nothing', async () => {
    const { page, server } = suite;
    await openPortal(page, server.url);
    const sent = recordRequests(page);
    const chooser = page.waitForEvent('filechooser');
    await chooseFileButton(page, 'Passport').click();
    await (await chooser).setFiles(files.executable('holiday-photo.jpg'));
    await uploaderRow('holiday-photo.jpg').getByText('Not added: its content is not a photo or PDF, whatever its name says.').waitFor();
    expect(sent.filter((request) => request.startsWith('POST'))).toEqual([]);
    expect(await deleteButton(page, 'Passport — holiday-photo.jpg').count()).toBe(0);
    await expectNoAxeViolations(page, 'file refused');
    await screenshot(page, 'upload-spoofed', 'refused');
  });

  it('with "Uploads fail" on, shows the failure and a retry, which succeeds once the switch is off', async () => {
    const { page, server } = suite;
    const photo = await files.photo('passport-retry.jpg', 5);
    await openPortal(page, server.url);
    await setSwitch(page, 'Uploads fail', true);
    await chooseFile(page, 'Passport', photo);
    const retry = page.getByRole('button', { name: 'Retry upload of passport-retry.jpg' });
    await retry.waitFor();
    expect(await uploaderRow('passport-retry.jpg').textContent()).toContain('Not uploaded: the server had a problem. Try again later.');
    await expectNoAxeViolations(page, 'upload failed');
    await screenshot(page, 'upload-fails', '1-failed');
    await setSwitch(page, 'Uploads fail', false);
    await retry.click();
    await deleteButton(page, 'Passport — passport-retry.jpg').waitFor();
    await screenshot(page, 'upload-fails', '2-retried');
  });
});
