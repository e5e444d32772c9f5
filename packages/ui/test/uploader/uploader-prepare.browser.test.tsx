import { DocumentsProvider } from '@iddocs/hooks';
import { corruptJpegData, createJpegBytes, createSamplePhoto, readJpegExif, type RecordedRequest } from '@iddocs/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { de } from '../../src/i18n/de/index.js';
import { DocumentUploader, type DocumentUploaderProps } from '../../src/index.js';
import { recordAnnouncements } from './announcements.js';
import { apiUrl, client, control, expectAccessible, storedNames } from './browser-fixtures.js';

// The uploader as it ships: every photo is prepared (metadata removed, quality checked) before anything is sent.
// Real Chromium, real workers, real HTTP to the fake that vitest.browser-setup.ts starts.

function renderPreparingUploader(props: Partial<DocumentUploaderProps> = {}) {
  return render(
    <DocumentsProvider client={client}>
      <div style={{ padding: 16, maxWidth: 640 }}>
        <DocumentUploader types={[{ id: 1, label: 'Passport' }]} {...props} />
      </div>
    </DocumentsProvider>,
  );
}

const chooseFile = () => screen.getByLabelText(/^(Choose file|Datei auswählen)$/, { selector: 'input' });
const rowOf = async (name: string) => (await screen.findByText(name, { selector: '[data-part="name"]' })).closest('li')!;

async function expectRowState(name: string, state: string, timeout = 10_000) {
  const row = await rowOf(name);
  await waitFor(() => expect(row).toHaveAttribute('data-state', state), { timeout });
  return row;
}

/** Requests that sent a file or created a document, from the fake's own log. */
async function uploadRequests(): Promise<RecordedRequest[]> {
  const response = await fetch(`${apiUrl}/__fake/requests`);
  const requests = (await response.json()) as RecordedRequest[];
  return requests.filter(({ route }) => route === 'upload' || route === 'create');
}

/** The bytes the fake stored for the document named `name`, downloaded the way an app would. */
async function storedBytes(name: string): Promise<Uint8Array> {
  const document = (await client.list({ limit: 100 })).documents.find((candidate) => candidate.fileName === name);
  if (!document) throw new Error(`The fake holds no document named ${name}.`);
  return new Uint8Array(await (await client.getFile(document)).arrayBuffer());
}

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

describe('DocumentUploader preparing photos, in Chromium against the fake over HTTP', () => {
  beforeEach(() => control('reset'));
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('given a phone photo with GPS, it should show and announce that the location was removed, and store it without any EXIF', async () => {
    const photo = await createSamplePhoto({ name: 'gps-passport.jpg' });
    expect(readJpegExif(await bytesOf(photo))?.position).toBeDefined();
    renderPreparingUploader({ mode: 'manual' });
    await userEvent.upload(chooseFile(), photo);
    const row = await expectRowState('gps-passport.jpg', 'ready');
    expect(within(row).getByText('Location data removed from photo')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('gps-passport.jpg: Location data removed from photo'));

    await userEvent.click(screen.getByRole('button', { name: 'Upload 1 file' }));
    await expectRowState('gps-passport.jpg', 'success');
    const stored = await storedBytes('gps-passport.jpg');
    expect(readJpegExif(stored)).toBeUndefined();
    expect(new TextDecoder('latin1').decode(stored)).not.toMatch(/Exif\0|TestCam|SERIAL-12345|2024:05:01/);
    // Lossless: the same pixels, only the metadata gone.
    expect(stored.length).toBeLessThan(photo.size);
    expect(stored.length).toBeGreaterThan(photo.size - 2_000);
  });

  it('given a blurry photo, it should hold it for review (nothing sent) until "Use anyway", then upload it', async () => {
    const { container } = renderPreparingUploader();
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'blurry.jpg', degrade: 'blur' }));
    const row = await expectRowState('blurry.jpg', 'review');
    expect(within(row).getByText('Check this photo')).toBeVisible();
    expect(within(row).getByText('This photo looks blurry: the text may not be readable.')).toBeVisible();
    // Said with what preparation did, the file named once.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('blurry.jpg: Location data removed from photo. This photo looks blurry: the text may not be readable. Use it anyway, or retake it.'),
    );
    await expectAccessible(container);
    expect(await uploadRequests()).toEqual([]);
    expect(await storedNames()).not.toContain('blurry.jpg');

    // By keyboard: "Use anyway" goes with the review, and focus stays in the row, on its next action.
    within(row).getByRole('button', { name: 'Use anyway: blurry.jpg' }).focus();
    await userEvent.keyboard('{Enter}');
    await expectRowState('blurry.jpg', 'success');
    expect(await storedNames()).toContain('blurry.jpg');
    expect(within(row).getByRole('button', { name: 'Hide blurry.jpg from this list (it stays uploaded)' })).toHaveFocus();
  });

  it('given manual mode, "Upload 1 file" should send the ready photo only: the one held for review waits for "Use anyway"', async () => {
    renderPreparingUploader({ mode: 'manual' });
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'blurry.jpg', degrade: 'blur' }));
    await expectRowState('blurry.jpg', 'review');
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'sharp.jpg' }));
    await expectRowState('sharp.jpg', 'ready');

    await userEvent.click(screen.getByRole('button', { name: 'Upload 1 file' }));
    await expectRowState('sharp.jpg', 'success');
    expect(await storedNames()).toContain('sharp.jpg');
    expect(await storedNames()).not.toContain('blurry.jpg');
    const held = await expectRowState('blurry.jpg', 'review');
    expect(screen.getByRole('button', { name: 'Upload 0 files' })).toBeDisabled();

    // "Use anyway" in manual mode makes it ready; the submit button then sends it.
    await userEvent.click(within(held).getByRole('button', { name: 'Use anyway: blurry.jpg' }));
    await expectRowState('blurry.jpg', 'ready');
    await userEvent.click(screen.getByRole('button', { name: 'Upload 1 file' }));
    await expectRowState('blurry.jpg', 'success');
    expect(await storedNames()).toContain('blurry.jpg');
    expect((await uploadRequests()).filter(({ route }) => route === 'create')).toHaveLength(2);
  });

  it('given "Retake", it should remove the photo under review and open the camera, sending nothing', async () => {
    renderPreparingUploader();
    const camera = screen.getByLabelText('Take a photo', { selector: 'input' });
    let opened = 0;
    // The camera is a native picker a test cannot drive: count the opening and keep it shut.
    camera.addEventListener('click', (event) => {
      opened += 1;
      event.preventDefault();
    });
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'retake-me.jpg', degrade: 'blur' }));
    const row = await expectRowState('retake-me.jpg', 'review');
    await userEvent.click(within(row).getByRole('button', { name: 'Retake retake-me.jpg' }));
    await waitFor(() => expect(screen.queryByText('retake-me.jpg')).not.toBeInTheDocument());
    expect(opened).toBe(1);
    // The row went with the focused button: focus is on "Choose file", not lost to the page.
    expect(screen.getByRole('button', { name: 'Choose file' })).toHaveFocus();
    expect(await uploadRequests()).toEqual([]);
  });

  it('given a photo whose image data is damaged, it should refuse it with that reason and store nothing', async () => {
    renderPreparingUploader();
    await userEvent.upload(chooseFile(), await corruptJpegData(await createSamplePhoto({ name: 'damaged.jpg' })));
    const row = await expectRowState('damaged.jpg', 'rejected');
    expect(within(row).getByText('Not added: the image data is damaged. Choose another file or take the photo again.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('damaged.jpg: Not added: the image data is damaged.'));
    expect(await uploadRequests()).toEqual([]);
  });

  it('given a photo that stripping leaves under the minimum size, it should refuse it at once with that reason (no "Use anyway"), and send nothing', async () => {
    const tiny = new File([createJpegBytes()], 'tiny.jpg', { type: 'image/jpeg' }); // 1.5 kB, about 250 bytes stripped
    expect(tiny.size).toBeGreaterThan(1024);
    renderPreparingUploader();
    await userEvent.upload(chooseFile(), tiny);
    const row = await expectRowState('tiny.jpg', 'rejected');
    expect(within(row).getByText(/^Not added: too small to be a legible scan \(at least 1(\.\d+)? kB\)\.$/)).toBeVisible();
    expect(within(row).queryByRole('button', { name: /use anyway/i })).toBeNull();
    expect(within(row).queryByRole('button', { name: /retry/i })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Remove tiny.jpg' })).toBeEnabled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^tiny\.jpg: [^:]*Not added: too small to be a legible scan/));
    expect(await uploadRequests()).toEqual([]);
  });

  it('given prepare={false}, it should store the photo exactly as chosen, EXIF and GPS included', async () => {
    const photo = await createSamplePhoto({ name: 'as-chosen.jpg' });
    renderPreparingUploader({ prepare: false });
    await userEvent.upload(chooseFile(), photo);
    const row = await expectRowState('as-chosen.jpg', 'success');
    expect(within(row).queryByText(/removed from photo/)).not.toBeInTheDocument();
    const stored = await storedBytes('as-chosen.jpg');
    expect(stored).toEqual(await bytesOf(photo));
    expect(readJpegExif(stored)?.position).toBeDefined();
  });

  it('given a photo removed while it is being prepared, it should stop the work: no upload, no error shown', async () => {
    // Preparation runs in a worker; stopping it means terminating that worker (a finished one is kept for the next photo).
    // The worker never receives held.jpg, so that it is still being prepared when removed, however fast this machine is
    // (even a 12-MP photo took only ~230 ms: too short a window to click in reliably). Its size is then irrelevant.
    const post = Worker.prototype.postMessage;
    const posted = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      if ((args[0] as { file?: File }).file?.name !== 'held.jpg') Reflect.apply(post, this, args);
    });
    const terminated = vi.spyOn(Worker.prototype, 'terminate');
    const workerOf = (name: string) => posted.mock.contexts[posted.mock.calls.findIndex(([request]) => (request as { file?: File }).file?.name === name)];
    renderPreparingUploader();
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'held.jpg' }));
    const row = await expectRowState('held.jpg', 'preparing');
    expect(within(row).getByText('Preparing…')).toBeVisible();
    await waitFor(() => expect(workerOf('held.jpg')).toBeInstanceOf(Worker));
    expect(terminated.mock.contexts).not.toContain(workerOf('held.jpg'));
    await userEvent.click(within(row).getByRole('button', { name: 'Remove held.jpg' }));
    expect(screen.queryByText('held.jpg')).not.toBeInTheDocument();
    expect(terminated.mock.contexts).toContain(workerOf('held.jpg'));

    // A second photo goes through the same uploader (and the same preparation pool) after it, then a margin.
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'after.jpg' }));
    await expectRowState('after.jpg', 'success');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(screen.queryByText('held.jpg')).not.toBeInTheDocument();
    expect(document.querySelectorAll('[data-state="rejected"], [data-state="error"]')).toHaveLength(0);
    expect(screen.getByRole('status')).not.toHaveTextContent(/held\.jpg/);
    expect((await uploadRequests()).filter(({ route }) => route === 'create')).toHaveLength(1);
    expect(await storedNames()).not.toContain('held.jpg');
  });

  it('given a phone photo in auto mode, it should name it once for what preparation did and the upload starting', async () => {
    renderPreparingUploader();
    const said = recordAnnouncements();
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'gps-passport.jpg' }));
    await expectRowState('gps-passport.jpg', 'success');
    await waitFor(() => expect(said.at(-1)).toMatch(/Uploaded$/));
    // Both said within 100 ms, as one message: not "gps-passport.jpg: Location data removed from photo gps-passport.jpg: Uploading…".
    expect(said[0]).toMatch(/^gps-passport\.jpg: Location data removed from photo\. Uploading…/);
    for (const message of said) expect(message.match(/gps-passport\.jpg/g)).toHaveLength(1);
  });

  it('given a photo being prepared, then one held for review, the type chooser should refuse a change that would drop it', async () => {
    // held.jpg never reaches the worker (as in the test above): it stays "Preparing…" as long as the test needs.
    const post = Worker.prototype.postMessage;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      if ((args[0] as { file?: File }).file?.name !== 'held.jpg') Reflect.apply(post, this, args);
    });
    renderPreparingUploader({ types: [{ id: 1, label: 'Passport' }, { id: 2, label: 'Driving licence' }] });
    const chooser = screen.getByRole('combobox', { name: 'Document type' });
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'held.jpg' }));
    const preparing = await expectRowState('held.jpg', 'preparing');
    // By keyboard, as a screen-reader user explores the options: on Windows and Linux, an arrow key on a closed select
    // changes it at once. (Playwright will not pick an option of an aria-disabled select with the mouse.)
    chooser.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(chooser).toHaveValue('0');
    expect(preparing).toBeInTheDocument();
    expect(chooser).toHaveAttribute('aria-disabled', 'true');
    expect(chooser).toHaveAccessibleDescription('Remove the files not yet uploaded to choose another type.');
    await userEvent.click(within(preparing).getByRole('button', { name: 'Remove held.jpg' }));
    expect(chooser).toHaveAttribute('aria-disabled', 'false');

    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'blurry.jpg', degrade: 'blur' }));
    const review = await expectRowState('blurry.jpg', 'review');
    chooser.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(chooser).toHaveValue('0');
    expect(review).toBeInTheDocument();
    expect(within(review).getByRole('button', { name: 'Use anyway: blurry.jpg' })).toBeVisible();
    expect(await uploadRequests()).toEqual([]);

    // Once it is uploaded, nothing is left to lose: the same key changes the type.
    await userEvent.click(within(review).getByRole('button', { name: 'Use anyway: blurry.jpg' }));
    await expectRowState('blurry.jpg', 'success');
    chooser.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(chooser).toHaveValue('1');
    expect(screen.getByRole('group', { name: 'Driving licence' })).toBeVisible();
  });

  it('given locale="de", it should say in German that the location was removed', async () => {
    renderPreparingUploader({ locale: 'de', messages: de, mode: 'manual' });
    await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'reisepass.jpg' }));
    const row = await expectRowState('reisepass.jpg', 'ready');
    expect(within(row).getByText('Standortdaten aus dem Foto entfernt')).toBeVisible();
  });
});
