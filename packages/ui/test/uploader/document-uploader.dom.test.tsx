import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import { expectAccessible, jpeg, pdf, recordAnnouncements, renderUploader, saidAbout, setupFake, TYPES } from './uploader-fixtures.js';

const api = setupFake();

describe('DocumentUploader', () => {
  it('given one type, shows a labelled drop area with real buttons and no type chooser', async () => {
    const { container } = renderUploader();
    expect(screen.queryByRole('combobox')).toBeNull();
    const slot = screen.getByRole('group', { name: 'Passport' });
    expect(within(slot).getByRole('button', { name: 'Choose file' })).toHaveAttribute('type', 'button');
    expect(within(slot).getByRole('button', { name: 'Take a photo' })).toBeInTheDocument();
    expect(within(slot).getAllByRole('button')).toHaveLength(2);
    const camera = screen.getByLabelText('Take a photo', { selector: 'input' });
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(container.querySelector('[data-part="dropzone"]')).not.toHaveAttribute('role', 'button');
    expect(container.querySelector('[data-part="slot"]')).toHaveAttribute('data-state', 'idle');
    await expectAccessible(container);
  });

  it('given several types, chooses one with a labelled select; a two-sided type shows one slot per side', async () => {
    const user = userEvent.setup();
    const { container } = renderUploader({ types: TYPES });
    const select = screen.getByRole('combobox', { name: 'Document type' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Passport', 'ID card']);
    await user.selectOptions(select, 'ID card');
    const front = screen.getByRole('group', { name: 'Front' });
    const back = screen.getByRole('group', { name: 'Back' });
    // One file per side: the singular label.
    expect(within(front).getByRole('button', { name: 'Choose file' })).toBeInTheDocument();
    // Tabbing from button to button, each says which side it is for and the limits (the hint is not focusable).
    expect(within(front).getByRole('button', { name: 'Choose file' })).toHaveAccessibleDescription(/^Front Drag and drop or paste a photo or PDF here, up to [\d.]+ [kM]B per file\.$/);
    expect(within(back).getByRole('button', { name: 'Take a photo' })).toHaveAccessibleDescription(/^Back Drag and drop/);
    await expectAccessible(container);

    await user.upload(screen.getAllByLabelText('Choose file', { selector: 'input' })[1]!, jpeg('back.jpg'));
    await within(back).findByText('Uploaded');
    expect(api.documents()).toMatchObject([{ fileName: 'back.jpg', typeId: 3 }]);
    await user.upload(screen.getAllByLabelText('Choose file', { selector: 'input' })[0]!, jpeg('front.jpg'));
    await within(front).findByText('Uploaded');
    expect(api.documents().map(({ typeId }) => typeId).toSorted()).toEqual([2, 3]);
  });

  it('in a one-file slot, a new file replaces the old one', async () => {
    const user = userEvent.setup();
    renderUploader({ types: TYPES.slice(1), mode: 'manual' });
    const [frontInput] = screen.getAllByLabelText('Choose file', { selector: 'input' });
    await user.upload(frontInput!, jpeg('blurry.jpg'));
    await screen.findByText('Ready to upload');
    await user.upload(frontInput!, jpeg('sharp.jpg'));
    await screen.findByText('sharp.jpg');
    expect(screen.queryByText('blurry.jpg')).toBeNull();
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeEnabled();
  });

  it('in auto mode, uploads an accepted file at once, shows its progress and announces each step', async () => {
    const user = userEvent.setup();
    const onUploaded = vi.fn();
    const { container } = renderUploader({ onUploaded });
    const said = recordAnnouncements();
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('passport.jpg', 64 * 1024));
    const row = (await screen.findByText('passport.jpg')).closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    expect(within(row).getByText('Uploaded')).toBeInTheDocument();
    expect(onUploaded).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'passport.jpg', typeId: 1 }));
    expect(api.documents()).toHaveLength(1);
    // Messages close together are spoken as one, the file named once: compare all that was said about it.
    await waitFor(() => expect(said.at(-1)).toMatch(/Uploaded$/));
    expect(said.every((message) => message.startsWith('passport.jpg: '))).toBe(true);
    expect(saidAbout(said, 'passport.jpg').join(' ')).toMatch(/^Uploading… 25% · [\d.]+ kB of 65\.\d kB\.? 50% · .+ 75% · .+ Uploaded$/);
    expect(container.querySelector('[data-part="slot"]')).toHaveAttribute('data-state', 'filled');
    await expectAccessible(container);
  });

  it('shows a PDF as an icon with its name and size, and an image as a thumbnail', async () => {
    const user = userEvent.setup();
    renderUploader({ mode: 'manual' });
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), [pdf('bill.pdf', 2048), jpeg('face.jpg')]);
    const pdfRow = (await screen.findByText('bill.pdf')).closest('li')!;
    await within(pdfRow).findByText('Ready to upload');
    expect(pdfRow.querySelector('[data-part="preview"]')).toHaveTextContent('pdf');
    expect(within(pdfRow).getByText('2 kB')).toBeInTheDocument();
    const imageRow = (await screen.findByText('face.jpg')).closest('li')!;
    await within(imageRow).findByText('Ready to upload');
    expect(imageRow.querySelector('img[data-part="preview"]')?.getAttribute('src')).toMatch(/^blob:/);
  });

  it('in manual mode, waits for the submit button, named with the number of files, shown only while files wait', async () => {
    const user = userEvent.setup();
    const { container } = renderUploader({ mode: 'manual' });
    expect(screen.queryByRole('button', { name: /^Upload \d+ files?$/ })).toBeNull();
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), [jpeg('a.jpg'), jpeg('b.jpg')]);
    await waitFor(() => expect(screen.getAllByText('Ready to upload')).toHaveLength(2));
    expect(container.querySelectorAll('[data-part="file"][data-state="ready"]')).toHaveLength(2);
    expect(api.documents()).toHaveLength(0);
    await expectAccessible(container);

    await user.click(screen.getByRole('button', { name: 'Upload 2 files' }));
    // Nothing waits any more: no "Upload 0 files" under the rows, and focus went on to "Choose file", not to the page.
    expect(screen.queryByRole('button', { name: /^Upload \d+ files?$/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose file' })).toHaveFocus();
    await waitFor(() => expect(screen.getAllByText('Uploaded')).toHaveLength(2));
    expect(api.documents().map(({ fileName }) => fileName).toSorted()).toEqual(['a.jpg', 'b.jpg']);
    expect(screen.queryByRole('button', { name: /^Upload \d+ files?$/ })).toBeNull();
    // A new file waits: the button is back.
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('c.jpg'));
    expect(await screen.findByRole('button', { name: 'Upload 1 file' })).toBeEnabled();
  });

  it('removes a file from the list with its Remove button', async () => {
    const user = userEvent.setup();
    renderUploader({ mode: 'manual' });
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('old.jpg'));
    await user.click(await screen.findByRole('button', { name: 'Remove old.jpg' }));
    expect(screen.queryByText('old.jpg')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Upload \d+ files?$/ })).toBeNull();
  });

  it('offers to hide an uploaded file from the list, not to "remove" it: the document stays uploaded', async () => {
    const user = userEvent.setup();
    renderUploader();
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('done.jpg'));
    const hide = await screen.findByRole('button', { name: 'Hide done.jpg from this list (it stays uploaded)' });
    expect(hide).toHaveTextContent('Hide');
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    await user.click(hide);
    expect(screen.queryByText('done.jpg')).toBeNull();
    expect(api.documents().map(({ fileName }) => fileName)).toContain('done.jpg');
  });

  it('marks every part with data-part, a class, and the extra classes given per part', () => {
    const { container } = renderUploader({ className: 'mine', classNames: { dropzone: 'zone' }, theme: 'dark' });
    const root = container.querySelector('[data-part="root"]');
    expect(root).toHaveClass('iddocs', 'iddocs-uploader__root', 'mine');
    expect(root).toHaveAttribute('data-theme', 'dark');
    for (const part of ['slot', 'label', 'dropzone', 'hint', 'input', 'browse-button', 'camera-input', 'camera-button']) {
      expect(container.querySelector(`[data-part="${part}"]`)).toHaveClass(`iddocs-uploader__${part}`);
    }
    expect(container.querySelector('[data-part="dropzone"]')).toHaveClass('zone');
  });

  it('speaks German when given the German catalogue', async () => {
    const user = userEvent.setup();
    renderUploader({ types: TYPES, locale: 'de', messages: de, mode: 'manual' });
    expect(screen.getByRole('combobox', { name: 'Dokumentart' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Datei auswählen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Foto aufnehmen' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Datei auswählen', { selector: 'input' }), [jpeg('a.jpg'), jpeg('b.jpg')]);
    expect(await screen.findByRole('button', { name: '2 Dateien hochladen' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Entfernen: a.jpg' })).toBeInTheDocument();
  });

  it('is right-to-left in Arabic', async () => {
    const { container } = renderUploader({ locale: 'ar', messages: ar, mode: 'manual' });
    const root = container.querySelector('[data-part="root"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('button', { name: 'اختر ملفًا' })).toBeInTheDocument();
    await userEvent.setup().upload(screen.getByLabelText('اختر ملفًا', { selector: 'input' }), [jpeg('a.jpg'), jpeg('b.jpg')]);
    expect(await screen.findByRole('button', { name: 'ارفع ملفين' })).toBeEnabled();
    await expectAccessible(container);
  });
});

describe('DocumentUploader, by keyboard, when the focused button goes', () => {
  it('after Cancel, focus should be on Retry; after Retry, on the row’s next action, and on Hide once uploaded', async () => {
    const user = userEvent.setup();
    api.inject('upload', { type: 'latency', ms: 800 });
    renderUploader();
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('slow.jpg'));
    const row = (await screen.findByText('slow.jpg')).closest('li')!;
    within(row).getByRole('button', { name: 'Cancel upload of slow.jpg' }).focus();
    await user.keyboard('{Enter}');
    await within(row).findByText('Upload cancelled');
    expect(within(row).getByRole('button', { name: 'Retry upload of slow.jpg' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).not.toBe(document.body);
    expect(row).toContainElement(document.activeElement as HTMLElement);
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    expect(within(row).getByRole('button', { name: 'Hide slow.jpg from this list (it stays uploaded)' })).toHaveFocus();
  });

  it('while files upload, the type chooser stays focusable (focus on it is never lost) but refuses a change', async () => {
    const user = userEvent.setup();
    api.inject('upload', { type: 'latency', ms: 800 });
    renderUploader({ types: TYPES });
    const select = screen.getByRole('combobox', { name: 'Document type' });
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('slow.jpg'));
    await screen.findByText('Uploading…');
    select.focus();
    expect(select).toHaveFocus();
    expect(select).toHaveAttribute('aria-disabled', 'true');
    await user.selectOptions(select, 'ID card');
    expect(select).toHaveValue('0');
    expect(screen.getByText('slow.jpg')).toBeInTheDocument();
    await screen.findByText('Uploaded');
    expect(select).toHaveAttribute('aria-disabled', 'false');
    expect(select).toHaveFocus();
  });

  it('after Remove, focus should be on the row now in its place, then on the one before, then on "Choose file"', async () => {
    const user = userEvent.setup();
    renderUploader({ mode: 'manual' });
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), [jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg')]);
    await waitFor(() => expect(screen.getAllByText('Ready to upload')).toHaveLength(3));
    screen.getByRole('button', { name: 'Remove b.jpg' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove c.jpg' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove a.jpg' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Choose file' })).toHaveFocus();
  });

  it('after Hide, focus should be on "Choose file"', async () => {
    const user = userEvent.setup();
    renderUploader();
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('done.jpg'));
    const hide = await screen.findByRole('button', { name: 'Hide done.jpg from this list (it stays uploaded)' });
    hide.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('done.jpg')).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose file' })).toHaveFocus();
  });
});
