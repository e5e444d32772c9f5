import { basename } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';

/** Opens the portal and waits until the documents are listed. */
export async function openPortal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await documentList(page).waitFor();
}

/** The list of uploaded documents. */
export const documentList = (page: Page): Locator => page.getByRole('list', { name: 'Your documents' });

/** A listed document's delete button, named "Delete <type> — <file name>" — how a person tells rows apart. */
export const deleteButton = (page: Page, label: string): Locator => page.getByRole('button', { name: `Delete ${label}`, exact: true });

/** A listed document's row. */
export const documentRow = (page: Page, label: string): Locator => documentList(page).getByRole('listitem').filter({ has: deleteButton(page, label) });

/**
 * The "Choose file" button of an upload slot (the slot's group is named after the type or side). The hidden
 * file input carries the same name, so the match is narrowed to the <button> itself.
 */
export const chooseFileButton = (page: Page, slot: string): Locator =>
  page.getByRole('group', { name: slot, exact: true }).getByRole('button', { name: 'Choose file' }).and(page.locator('button'));

/** Picks a document type in the uploader. */
export const chooseType = (page: Page, type: string): Promise<string[]> => page.getByRole('combobox', { name: 'Document type' }).selectOption({ label: type });

/**
 * Waits until the uploader has taken `name` past its checks, and, if it holds the photo for review (quality
 * hints such as "looks blurry"), answers "Use anyway" as a person would. The hints and their thresholds are the
 * image-preparation tests' business; these tests are about what happens to a file the person sends.
 */
export async function sendPastReview(page: Page, name: string): Promise<void> {
  const useAnyway = page.getByRole('button', { name: `Use anyway: ${name}` });
  // The upload's bar has a value; the one while the photo is prepared has none, and a review may still follow it.
  const moving = page
    .getByRole('progressbar', { name })
    .and(page.locator('[value]'))
    .or(page.getByRole('button', { name: `Hide ${name} from this list (it stays uploaded)` }))
    .or(page.getByRole('button', { name: `Retry upload of ${name}` }));
  await useAnyway.or(moving).first().waitFor();
  if (await useAnyway.isVisible()) await useAnyway.click();
}

/** Clicks a slot's "Choose file", answers the file chooser with `path`, and sends the file past any review. */
export async function chooseFile(page: Page, slot: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await chooseFileButton(page, slot).click();
  await (await chooser).setFiles(path);
  await sendPastReview(page, basename(path));
}

/** Slows the browser's uploads to `bytesPerSecond` (Chromium's own throttling, so progress moves byte by byte). */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

export async function throttleUploads(page: Page, bytesPerSecond: number | false): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
    await (await session).send('Network.enable');
  }
  const cdp = await session;
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond === false ? -1 : bytesPerSecond });
}

/** The URLs of requests the page sends, from now on. */
export function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(`${request.method()} ${new URL(request.url()).pathname}`));
  return seen;
}

/** Turns a "Simulate problems" switch on or off through the page, and waits until the server holds it. */
export async function setSwitch(page: Page, name: 'Slow network' | 'Uploads fail' | 'Deletes fail', on: boolean): Promise<void> {
  const saved = page.waitForResponse((response) => new URL(response.url()).pathname === '/__demo/faults' && response.request().method() === 'PUT' && response.ok());
  await page.getByRole('checkbox', { name })[on ? 'check' : 'uncheck']();
  await saved;
}
