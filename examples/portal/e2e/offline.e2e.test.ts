import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.js';
import { chooseFile, chooseFileButton, chooseType, deleteButton, openPortal, sendPastReview } from './support/portal.js';
import { SampleFiles } from './support/sample-files.js';
import { screenshot } from './support/screenshots.js';
import { demoSuite } from './support/suite.js';

const suite = demoSuite();
let files: SampleFiles;
beforeAll(() => {
  files = new SampleFiles(suite.browser);
});
afterAll(() => files?.dispose());

// An iPhone photo (HEIC): its decoder is a chunk of its own, fetched only when a HEIC photo comes.
const heicPhoto = fileURLToPath(new URL('../../../stories/support/sample-id-card.heic', import.meta.url));

const uploaderRow = (slot: string, name: string) => suite.page.getByRole('group', { name: slot, exact: true }).getByRole('listitem').filter({ hasText: name });

// A phone in a tunnel: the page was loaded, then the connection went. Chromium's own offline switch (the browser
// context's), so navigator.onLine and the online event are the browser's, not a test's.
describe('the demo portal losing its connection', () => {
  it('says a file chosen offline will be sent when back online, and sends it then without a tap', async () => {
    const { page, context } = suite;
    await openPortal(page, suite.server.url);
    await context.setOffline(true);
    await chooseType(page, 'Proof of address');
    await chooseFile(page, 'Proof of address', files.pdf('bill-offline.pdf'));
    const row = uploaderRow('Proof of address', 'bill-offline.pdf');
    await row.getByText('Not uploaded: no connection. It will be sent when you are back online.').waitFor();
    await expectNoAxeViolations(page, 'offline failure');
    await screenshot(page, 'offline', '1-waiting-for-connection');

    await context.setOffline(false);
    await deleteButton(page, 'Proof of address — bill-offline.pdf').waitFor();
    expect(await row.textContent()).toContain('Uploaded');
  });

  it('holds a photo chosen offline, before its preparation code ever loaded, as "Preparing…", and prepares and sends it once back online', async () => {
    const { page, context } = suite;
    const photo = await files.photo('passport-offline.jpg', 3);
    await openPortal(page, suite.server.url);
    await context.setOffline(true);
    const chooser = page.waitForEvent('filechooser');
    await chooseFileButton(page, 'Passport').click();
    await (await chooser).setFiles(photo);
    const row = uploaderRow('Passport', 'passport-offline.jpg');
    await row.getByText('Preparing…').waitFor();
    // Not refused for want of code it could not fetch ("this browser could not remove the photo's location data").
    await page.waitForTimeout(500);
    expect(await row.getAttribute('data-state')).toBe('preparing');

    await context.setOffline(false);
    await sendPastReview(page, 'passport-offline.jpg');
    await deleteButton(page, 'Passport — passport-offline.jpg').waitFor();
    expect(await row.textContent()).toContain('Location data removed from photo');
  });

  it('holds a HEIC photo chosen offline, after the JPEG code loaded but before its decoder did, and converts and sends it once back online', async () => {
    const { page, context } = suite;
    await openPortal(page, suite.server.url);
    // A JPEG first, online: the preparation code is loaded, the HEIC decoder is not.
    await chooseFile(page, 'Passport', await files.photo('passport-first.jpg', 4));
    await deleteButton(page, 'Passport — passport-first.jpg').waitFor();
    await context.setOffline(true);
    await chooseType(page, 'Proof of address');
    const chooser = page.waitForEvent('filechooser');
    await chooseFileButton(page, 'Proof of address').click();
    await (await chooser).setFiles(heicPhoto);
    const row = uploaderRow('Proof of address', 'sample-id-card');
    await row.getByText('Preparing…').waitFor();
    await page.waitForTimeout(500);
    expect(await row.getAttribute('data-state')).toBe('preparing');

    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    await context.setOffline(false);
    await sendPastReview(page, 'sample-id-card.jpg');
    // The decoder was fetched only now: the photo really waited for it, not for something else.
    expect(requested.some((url) => /heic/.test(url))).toBe(true);
    await deleteButton(page, 'Proof of address — sample-id-card.jpg').waitFor();
    expect(await row.textContent()).toContain('Converted from HEIC to JPEG');
  });
});
