import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de/index.js';
import { expectAccessible, jpeg, recordAnnouncements, renderUploader, setupFake, TYPES } from './uploader-fixtures.js';

const api = setupFake();

const REASON = 'Remove the files not yet uploaded to choose another type.';
const chooseFile = () => screen.getAllByLabelText('Choose file', { selector: 'input' })[0]!;
const typeChooser = () => screen.getByRole('combobox', { name: 'Document type' });
/** The reason as shown under the chooser (the live region says it too). */
const shownReason = () => screen.queryByText(REASON, { selector: '[data-part="type-hint"]' });

describe('DocumentUploader, changing the document type', () => {
  it('given a file chosen and not sent yet, it should refuse the change, keep the file, and say why, seen and heard', async () => {
    const user = userEvent.setup();
    const { container } = renderUploader({ types: TYPES, mode: 'manual' });
    const said = recordAnnouncements();
    await user.upload(chooseFile(), jpeg('passport.jpg'));
    await screen.findByText('Ready to upload');
    expect(typeChooser()).toHaveAttribute('aria-disabled', 'true');
    // Nothing shown before a change is tried: uploads in auto mode lock it too, and would make the page jump.
    expect(shownReason()).toBeNull();

    await user.selectOptions(typeChooser(), 'ID card');
    expect(typeChooser()).toHaveValue('0');
    expect(screen.getByText('passport.jpg')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeEnabled();
    expect(shownReason()).toBeVisible();
    expect(typeChooser()).toHaveAccessibleDescription(REASON);
    await waitFor(() => expect(said).toEqual([REASON]));
    await expectAccessible(container);
    // An arrow key held down tries again and again at once: said once more, not twice in one breath.
    fireEvent.change(typeChooser(), { target: { value: '1' } });
    fireEvent.change(typeChooser(), { target: { value: '1' } });
    await waitFor(() => expect(said).toHaveLength(2));
    expect(said[1]).toBe(REASON);
    expect(typeChooser()).toHaveValue('0');

    // Removed, nothing is lost by a change: it goes through, and the reason goes.
    await user.click(screen.getByRole('button', { name: 'Remove passport.jpg' }));
    expect(typeChooser()).toHaveAttribute('aria-disabled', 'false');
    await user.selectOptions(typeChooser(), 'ID card');
    expect(screen.getByRole('group', { name: 'Front' })).toBeInTheDocument();
    expect(shownReason()).toBeNull();
    expect(typeChooser()).not.toHaveAccessibleDescription();
  });

  it('given an upload that failed, it should refuse the change: the file is not uploaded and its Retry stays', async () => {
    const user = userEvent.setup();
    api.inject('upload', { type: 'status', status: 500 });
    renderUploader({ types: TYPES });
    await user.upload(chooseFile(), jpeg('passport.jpg'));
    const retry = await screen.findByRole('button', { name: 'Retry upload of passport.jpg' });
    await user.selectOptions(typeChooser(), 'ID card');
    expect(typeChooser()).toHaveValue('0');
    expect(retry).toBeInTheDocument();
    expect(shownReason()).toBeVisible();
  });

  it('given only uploaded files, it should change the type and clear their rows (the documents stay uploaded)', async () => {
    const user = userEvent.setup();
    renderUploader({ types: TYPES });
    await user.upload(chooseFile(), jpeg('passport.jpg'));
    await screen.findByText('Uploaded');
    expect(typeChooser()).toHaveAttribute('aria-disabled', 'false');
    await user.selectOptions(typeChooser(), 'ID card');
    expect(screen.getByRole('group', { name: 'Front' })).toBeInTheDocument();
    expect(screen.queryByText('passport.jpg')).toBeNull();
    expect(api.documents().map(({ fileName }) => fileName)).toEqual(['passport.jpg']);
  });

  it('says why in the widget’s language', async () => {
    const user = userEvent.setup();
    renderUploader({ types: TYPES, mode: 'manual', locale: 'de', messages: de });
    await user.upload(screen.getByLabelText('Datei auswählen', { selector: 'input' }), jpeg('pass.jpg'));
    await screen.findByText('Bereit zum Hochladen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dokumentart' }), 'ID card');
    expect(screen.getByRole('combobox', { name: 'Dokumentart' })).toHaveAccessibleDescription(de['uploader.type.locked'] as string);
  });
});
