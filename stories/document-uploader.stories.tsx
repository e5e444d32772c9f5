import type { Meta, StoryObj } from '@storybook/react-vite';
import { DocumentUploader } from '@iddocs/ui';
import { readJpegExif } from '@iddocs/testing';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fakeApi } from '../.storybook/story-context.js';
import type { BackendParameters } from '../.storybook/story-context.js';
import { documentTypes, idCardOnly, passportOnly } from './support/document-types.js';
import { damagedJpegFile, heicFile, jpegFile, pdfFile, pngFile, spoofedJpegFile, uploadHeldAt40Percent } from './support/files.js';
import { expectFileState, fileRow, storedBytes, uploadRequests } from './support/queries.js';

const meta = {
  title: 'Widgets/DocumentUploader',
  component: DocumentUploader,
  tags: ['autodocs'],
  args: { types: passportOnly },
  parameters: {
    docs: {
      description: {
        component:
          'Uploads photos or scans of identity documents: a type chooser, one drop area per side, a real "Choose file" button, a camera button, content checks with specific reasons, photo preparation (location and camera data removed, large photos made smaller, HEIC converted to JPEG, blurry or badly lit photos held for "Use anyway" or "Retake"), previews, per-file progress with cancel and retry. The sample photos are realistic phone photos of an ID card (`createSamplePhoto`, with the EXIF phones write, GPS included). Every story runs the real `useUploadDocument` against the fake documents API (`@iddocs/testing`) through MSW; error states come from injected faults.',
      },
    },
  },
} satisfies Meta<typeof DocumentUploader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The file input behind a "Choose file" button (the input is labelled by the button). */
const fileInput = (canvas: ReturnType<typeof within>, name: RegExp | string = /^choose files?$/i) => canvas.getByLabelText(name, { selector: 'input' }) as HTMLInputElement;

/** Nothing chosen yet: one drop area, "Choose file" and "Take a photo". */
export const Empty: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /^choose files?$/i })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Take a photo' })).toBeEnabled();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** Several types: a chooser, and an ID card has a drop area per side (one file each). */
export const TwoSidedType: Story = {
  args: { types: documentTypes.en },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Document type'), 'ID card');
    await expect(canvas.getByRole('group', { name: 'Front' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Back' })).toBeVisible();
    const back = within(canvas.getByRole('group', { name: 'Back' }));
    await userEvent.upload(fileInput(back), await pngFile('id-card-back.png'));
    await expectFileState(back, 'id-card-back.png', 'success');
  },
};

/**
 * A file chosen and not sent yet keeps its type: changing the type would drop it, so the chooser refuses, says why
 * under it (and in the live region), and keeps the file. Uploaded or removed files no longer hold it.
 */
export const TypeChooserKeepsUnsentFiles: Story = {
  args: { types: documentTypes.en, mode: 'manual' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), pdfFile('passport.pdf'));
    await expectFileState(canvas, 'passport.pdf', 'ready');
    const chooser = canvas.getByRole('combobox', { name: 'Document type' });
    await userEvent.selectOptions(chooser, 'ID card');
    await expect(chooser).toHaveValue('0');
    await expect(chooser).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('Remove the files not yet uploaded to choose another type.', { selector: 'p' })).toBeVisible();
    await expect(chooser).toHaveAccessibleDescription('Remove the files not yet uploaded to choose another type.');
    await expectFileState(canvas, 'passport.pdf', 'ready');
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** Only the ID card type: both sides at once, no chooser. */
export const IdCardSides: Story = {
  args: { types: idCardOnly },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(within(canvas.getByRole('group', { name: 'Front' })), /^choose files?$/i), await jpegFile('id-card-front.jpg'));
    await userEvent.upload(fileInput(within(canvas.getByRole('group', { name: 'Back' })), /^choose files?$/i), await pngFile('id-card-back.png'));
    await expectFileState(canvas, 'id-card-front.jpg', 'success');
    await expectFileState(canvas, 'id-card-back.png', 'success');
    const names = fakeApi({ loaded }).documents().map((document) => document.fileName);
    await expect(names).toEqual(expect.arrayContaining(['id-card-front.jpg', 'id-card-back.png']));
  },
};

/**
 * A side holds one file, and a refused second choice does not cost it: the uploaded front stays, the refused file is
 * listed under it with its reason.
 */
export const SideKeepsItsFileWhenANewOneIsRefused: Story = {
  args: { types: idCardOnly },
  play: async ({ canvasElement, loaded }) => {
    const front = within(within(canvasElement).getByRole('group', { name: 'Front' }));
    await userEvent.upload(fileInput(front), await jpegFile('id-card-front.jpg'));
    await expectFileState(front, 'id-card-front.jpg', 'success');
    await userEvent.upload(fileInput(front), spoofedJpegFile('id-card-front-2.jpg'));
    await expectFileState(front, 'id-card-front-2.jpg', 'rejected');
    await expectFileState(front, 'id-card-front.jpg', 'success');
    // Only the first was sent (its upload and its create); the refused one never left the browser.
    await expect(uploadRequests(fakeApi({ loaded })).map(({ route }) => route)).toEqual(['upload', 'create']);
  },
};

/** `mode="manual"`: files wait for the submit button; nothing is sent before. */
export const ManualMode: Story = {
  args: { mode: 'manual' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    // Nothing waits yet: no submit button.
    await expect(canvas.queryByRole('button', { name: /^upload \d+ files?$/i })).not.toBeInTheDocument();
    await userEvent.upload(fileInput(canvas), [await jpegFile('passport.jpg'), pdfFile('passport-page-2.pdf')]);
    const photo = await expectFileState(canvas, 'passport.jpg', 'ready');
    await expectFileState(canvas, 'passport-page-2.pdf', 'ready');
    // Before anything is sent, the person sees that the phone's location is gone from the photo.
    await expect(within(photo).getByText('Location data removed from photo')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Upload 2 files' })).toBeEnabled();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** Manual mode, then the submit button: both files go, and the button with them (nothing waits any more). */
export const ManualModeSubmitted: Story = {
  args: { mode: 'manual' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), [await jpegFile('passport.jpg'), pdfFile('passport-page-2.pdf')]);
    await userEvent.click(await canvas.findByRole('button', { name: 'Upload 2 files' }));
    await expectFileState(canvas, 'passport.jpg', 'success');
    await expectFileState(canvas, 'passport-page-2.pdf', 'success');
    await expect(fakeApi({ loaded }).requests.filter((request) => request.route === 'create')).toHaveLength(2);
    await expect(canvas.queryByRole('button', { name: /^upload \d+ files?$/i })).not.toBeInTheDocument();
  },
};

/**
 * A file caught mid-upload at 40 %, with its progress bar and Cancel. The client gets a custom `upload` step that
 * reports 40 % and holds until cancelled: under MSW the browser hands the whole body to the service worker at once,
 * so real XHR progress jumps straight to 100 % (real byte progress is covered by the `browser` tests over HTTP/1.1).
 */
export const UploadingAt40Percent: Story = {
  parameters: { documents: { upload: uploadHeldAt40Percent } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), await jpegFile('passport.jpg'));
    const row = await expectFileState(canvas, 'passport.jpg', 'pending');
    const progress = within(row).getByRole('progressbar', { name: 'passport.jpg' });
    await waitFor(() => expect(progress).toHaveProperty('value', 40));
    await expect(within(row).getByText(/^40%/)).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Cancel upload of passport.jpg' })).toBeVisible();
  },
};

/**
 * Four files at once: the queue sends three (held at 40 %, as above) and the fourth waits for a free slot. The waiting
 * row says "Waiting…" (and the live region says so), offers Cancel, and shows no progress bar: it has not started.
 */
export const QueuedBehindThree: Story = {
  parameters: { documents: { upload: uploadHeldAt40Percent } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), [pdfFile('page-1.pdf'), pdfFile('page-2.pdf'), pdfFile('page-3.pdf'), pdfFile('page-4.pdf')]);
    const waiting = await expectFileState(canvas, 'page-4.pdf', 'queued');
    await expect(within(waiting).getByText('Waiting…')).toBeVisible();
    await expect(within(waiting).queryByRole('progressbar')).not.toBeInTheDocument();
    await expect(within(waiting).getByRole('button', { name: 'Cancel upload of page-4.pdf' })).toBeVisible();
    const sending = await expectFileState(canvas, 'page-1.pdf', 'pending');
    await expect(within(sending).getByRole('progressbar', { name: 'page-1.pdf' })).toBeVisible();
  },
};

/** Cancelling the held upload: the row says so and offers Retry. */
export const UploadCancelled: Story = {
  parameters: { documents: { upload: uploadHeldAt40Percent } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), await jpegFile('passport.jpg'));
    const row = await expectFileState(canvas, 'passport.jpg', 'pending');
    await userEvent.click(within(row).getByRole('button', { name: 'Cancel upload of passport.jpg' }));
    await expectFileState(canvas, 'passport.jpg', 'error');
    await expect(within(row).getByText(/cancelled/i)).toBeVisible();
  },
};

/** One file uploaded, one failed (500 from the upload step), one refused before sending (a program named .jpg). */
export const SeveralFilesMixedOutcomes: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const api = fakeApi({ loaded });
    await userEvent.upload(fileInput(canvas), await jpegFile('passport.jpg'));
    await expectFileState(canvas, 'passport.jpg', 'success');
    api.inject('upload', { type: 'status', status: 500 });
    await userEvent.upload(fileInput(canvas), await pngFile('passport-back.png'));
    await expectFileState(canvas, 'passport-back.png', 'error');
    await userEvent.upload(fileInput(canvas), spoofedJpegFile('holiday-photo.jpg'));
    await expectFileState(canvas, 'holiday-photo.jpg', 'rejected');
    await expect(uploadRequests(api)).toHaveLength(3); // upload + create for the first, the failed upload for the second
  },
};

/** A Linux program named passport.jpg: refused by its bytes with the specific reason, and nothing is sent. */
export const RejectedFile: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), spoofedJpegFile('passport.jpg'));
    const row = await expectFileState(canvas, 'passport.jpg', 'rejected');
    await expect(within(row).getByText(/content is not a photo or PDF, whatever its name says/i)).toBeVisible();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** A scan of 1,010 bytes, just under the 1 KiB minimum: its size and the minimum are written with the decimals that tell them apart. */
export const TooSmallJustUnderTheMinimum: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const bytes = new Uint8Array(1010);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    await userEvent.upload(fileInput(canvas), new File([bytes], 'small-scan.jpg', { type: 'image/jpeg' }));
    const row = await expectFileState(canvas, 'small-scan.jpg', 'rejected');
    await expect(within(row).getByText('1.01 kB')).toBeVisible();
    await expect(within(row).getByText('Not added: too small to be a legible scan (at least 1.02 kB).')).toBeVisible();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** The upload step answers 500 once: the row says the server had a problem and offers Retry, which then succeeds. */
export const UploadFailedThenRetry: Story = {
  parameters: { documents: { faults: [{ route: 'upload', fault: { type: 'status', status: 500 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement, loaded, step }) => {
    const canvas = within(canvasElement);
    let row = await fileRowAfterUpload(canvas);
    await step('the upload fails', async () => {
      row = await expectFileState(canvas, 'passport.jpg', 'error');
      await expect(within(row).getByText('Not uploaded: the server had a problem. Try again later.')).toBeVisible();
    });
    await step('Retry sends it again', async () => {
      await userEvent.click(within(row).getByRole('button', { name: 'Retry upload of passport.jpg' }));
      await expectFileState(canvas, 'passport.jpg', 'success');
      // The seed already holds a passport.jpg: the retried upload is the second.
      await expect(fakeApi({ loaded }).documents().filter((document) => document.fileName === 'passport.jpg' && document.typeId === 1)).toHaveLength(2);
    });
  },
};

/**
 * No connection (a phone in a tunnel): the connection drops as the file goes up. The row says so and what to do, in
 * the widget's words (never the client's English message), and offers Retry.
 */
export const UploadFailedOffline: Story = {
  parameters: { documents: { faults: [{ route: 'upload', fault: { type: 'drop' } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fileRowAfterUpload(canvas);
    const row = await expectFileState(canvas, 'passport.jpg', 'error');
    await expect(within(row).getByText('Not uploaded: no connection. Check it and try again.')).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Retry upload of passport.jpg' })).toBeVisible();
  },
};

const backOnline = () => void delete (navigator as { onLine?: boolean }).onLine;

/**
 * The browser knows it is offline (`navigator.onLine` is false, stubbed here): the row says the file will be sent once
 * back online, and the play function's `online` event sends it, without a tap.
 */
export const WaitingForConnection: Story = {
  parameters: { documents: { faults: [{ route: 'upload', fault: { type: 'drop' } }] } } satisfies BackendParameters,
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    // Back online on the way out, even when the play function fails: the browser's own getter again.
    return backOnline;
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await fileRowAfterUpload(canvas);
    const row = await expectFileState(canvas, 'passport.jpg', 'error');
    await expect(within(row).getByText('Not uploaded: no connection. It will be sent when you are back online.')).toBeVisible();
    await step('back online', async () => {
      backOnline();
      window.dispatchEvent(new Event('online'));
      await expectFileState(canvas, 'passport.jpg', 'success');
    });
  },
};

/** The server refuses this account (403): the row says it is not allowed, and offers Remove only, as Retry could not help. */
export const UploadRefusedForbidden: Story = {
  parameters: { documents: { faults: [{ route: 'create', fault: { type: 'status', status: 403 } }] } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fileRowAfterUpload(canvas);
    const row = await expectFileState(canvas, 'passport.jpg', 'error');
    await expect(within(row).getByText('Not uploaded: you are not allowed to upload this document.')).toBeVisible();
    await expect(within(row).queryByRole('button', { name: 'Retry upload of passport.jpg' })).not.toBeInTheDocument();
    await expect(within(row).getByRole('button', { name: 'Remove passport.jpg' })).toBeVisible();
  },
};

async function fileRowAfterUpload(canvas: ReturnType<typeof within>) {
  await userEvent.upload(fileInput(canvas), await jpegFile('passport.jpg'));
  return fileRow(canvas, 'passport.jpg');
}

/** A real upload, end to end: the file is sent, the document created, and the row says "Uploaded". */
export const UploadsAFile: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const api = fakeApi({ loaded });
    const before = api.documents().length;
    await userEvent.upload(fileInput(canvas), await jpegFile('new-passport.jpg'));
    const row = await expectFileState(canvas, 'new-passport.jpg', 'success');
    // The preview is decorative (alt=""): the name beside it says what it is.
    await expect(row.querySelector('img[data-part="preview"]')).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    await waitFor(() => expect(api.documents()).toHaveLength(before + 1));
    await expect(api.documents()[0]?.fileName).toBe('new-passport.jpg');
  },
};

/** Keyboard only: Tab reaches "Choose file" (the hidden input is not a tab stop), then the file goes through its input. */
export const KeyboardOnlyUpload: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const browse = canvas.getByRole('button', { name: /^choose files?$/i });
    for (let tabs = 0; tabs < 5 && document.activeElement !== browse; tabs++) await userEvent.tab();
    await expect(browse).toHaveFocus();
    await userEvent.upload(fileInput(canvas), await jpegFile('passport.jpg'));
    await expectFileState(canvas, 'passport.jpg', 'success');
  },
};

/** Dark theme, with a file uploaded and one refused. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), [await jpegFile('passport.jpg'), spoofedJpegFile('program.jpg')]);
    await expectFileState(canvas, 'passport.jpg', 'success');
    await expectFileState(canvas, 'program.jpg', 'rejected');
  },
};

/** German, with the chooser. */
export const German: Story = {
  globals: { locale: 'de' },
  args: { types: documentTypes.de },
};

/** Arabic: right to left, with the chooser, one file held at 40 % (custom upload step, as in UploadingAt40Percent) and one refused. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { types: documentTypes.ar },
  parameters: { documents: { upload: uploadHeldAt40Percent } } satisfies BackendParameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('dir', 'rtl');
    const input = canvasElement.querySelector<HTMLInputElement>('input[data-part="input"]');
    if (!input) throw new Error('no file input');
    await userEvent.upload(input, [await jpegFile('passport.jpg'), spoofedJpegFile('program.jpg')]);
    await expectFileState(canvas, 'passport.jpg', 'pending');
    await expectFileState(canvas, 'program.jpg', 'rejected');
  },
};

/**
 * A phone photo with its GPS position in the EXIF: the row says "Location data removed from photo", the upload
 * completes, and the file the fake stored carries no EXIF at all (read back through the client and parsed).
 */
export const LocationDataRemoved: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const photo = await jpegFile('my-passport.jpg');
    await expect(readJpegExif(new Uint8Array(await photo.arrayBuffer()))?.position).toBeDefined();
    await userEvent.upload(fileInput(canvas), photo);
    const row = await expectFileState(canvas, 'my-passport.jpg', 'success');
    await expect(within(row).getByText('Location data removed from photo')).toBeVisible();
    const stored = await storedBytes(context, 'my-passport.jpg');
    await expect(readJpegExif(stored)).toBeUndefined();
    await expect(new TextDecoder('latin1').decode(stored)).not.toMatch(/Exif\0|TestCam|SERIAL-12345/);
  },
};

/** A blurred photo: held for the person to decide ("Check this photo", why, "Use anyway" or "Retake"); nothing is sent. */
export const LooksBlurry: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), await jpegFile('blurry-passport.jpg', { degrade: 'blur' }));
    const row = await expectFileState(canvas, 'blurry-passport.jpg', 'review');
    await expect(within(row).getByText('Check this photo')).toBeVisible();
    await expect(within(row).getByText('This photo looks blurry: the text may not be readable.')).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Use anyway: blurry-passport.jpg' })).toBeVisible();
    await expect(within(row).getByRole('button', { name: 'Retake blurry-passport.jpg' })).toBeVisible();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** The blurred photo, then "Use anyway": only now is it sent, and it is uploaded. */
export const LooksBlurryUsedAnyway: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const api = fakeApi({ loaded });
    await userEvent.upload(fileInput(canvas), await jpegFile('blurry-passport.jpg', { degrade: 'blur' }));
    const row = await expectFileState(canvas, 'blurry-passport.jpg', 'review');
    await expect(uploadRequests(api)).toHaveLength(0);
    await userEvent.click(within(row).getByRole('button', { name: 'Use anyway: blurry-passport.jpg' }));
    await expectFileState(canvas, 'blurry-passport.jpg', 'success');
    await expect(api.documents().some((document) => document.fileName === 'blurry-passport.jpg')).toBe(true);
  },
};

/** Every other capture hint at once: too dark, too bright, glare. Each photo waits for its own decision. */
export const QualityHints: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), [
      await jpegFile('too-dark.jpg', { degrade: 'dark', seed: 2 }),
      await jpegFile('too-bright.jpg', { degrade: 'overexposed', seed: 3 }),
      await jpegFile('glare.jpg', { degrade: 'glare', seed: 4 }),
    ]);
    const hints = { 'too-dark.jpg': 'This photo looks too dark.', 'too-bright.jpg': 'This photo looks too bright.', 'glare.jpg': 'There is glare on this photo: part of the document may be hidden.' };
    for (const [name, text] of Object.entries(hints)) {
      const row = await expectFileState(canvas, name, 'review');
      await expect(within(row).getByText(text)).toBeVisible();
      await expect(within(row).getByRole('button', { name: `Use anyway: ${name}` })).toBeVisible();
    }
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};

/** An iPhone photo (HEIC): converted to JPEG in the browser, with a preview, its location removed, and uploaded as JPEG. */
export const HeicConverted: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), await heicFile('IMG_0042.HEIC'));
    // The converted file is named for what it now is.
    const row = await expectFileState(canvas, 'IMG_0042.jpg', 'success', 15_000);
    await expect(within(row).getByText('Location data removed from photo · Converted from HEIC to JPEG')).toBeVisible();
    await expect(row.querySelector('img[data-part="preview"]')).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    const stored = fakeApi({ loaded }).documents().find((document) => document.fileName === 'IMG_0042.jpg');
    await expect(stored?.mimeType).toBe('image/jpeg');
  },
};

/**
 * A 12-megapixel phone photo (4032 × 3024): "Preparing…", with a bar that shows work without a measure (indeterminate),
 * while it is decoded and made smaller in a worker, then
 * uploaded with "Made smaller for upload". The preparing state lasts a few hundred milliseconds and cannot be
 * held still without faking it, so the story ends uploaded.
 */
export const PreparingALargePhoto: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const photo = await jpegFile('large-photo.jpg', { width: 4032, height: 3024 });
    await userEvent.upload(fileInput(canvas), photo);
    const row = await expectFileState(canvas, 'large-photo.jpg', 'preparing');
    await expect(within(row).getByText('Preparing…')).toBeVisible();
    // Something moves while it lasts (seconds on a slow phone): a bar without a value, named after the file.
    await expect(within(row).getByRole('progressbar', { name: 'large-photo.jpg' })).not.toHaveAttribute('value');
    await expectFileState(canvas, 'large-photo.jpg', 'success', 15_000);
    await expect(within(row).getByText(/^Location data removed from photo · Made smaller for upload: [\d.]+ MB → [\d.]+ kB$/)).toBeVisible();
    const stored = fakeApi({ loaded }).documents().find((document) => document.fileName === 'large-photo.jpg');
    await expect(stored?.size).toBeLessThan(photo.size);
  },
};

/** A photo whose image data is damaged: refused with the reason, and nothing is sent. */
export const DamagedPhoto: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(fileInput(canvas), await damagedJpegFile('passport.jpg'));
    const row = await expectFileState(canvas, 'passport.jpg', 'rejected');
    await expect(within(row).getByText('Not added: the image data is damaged. Choose another file or take the photo again.')).toBeVisible();
    await expect(uploadRequests(fakeApi({ loaded }))).toHaveLength(0);
  },
};
