import type { Document } from '@iddocs/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteDocumentDialog, DocumentList, LiveRegion } from '../../src/index.js';
import { de } from '../../src/i18n/de/index.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

const api = setupFakeDocuments();
const passport: Document = { id: '1', status: 'approved', typeId: 1, typeName: 'Passport', fileName: 'passport.jpg', raw: {} };
// `hidden`: while the modal dialog is open, Radix hides the list from assistive technology.
const names = (hidden = false) =>
  screen.getAllByRole('button', { name: /^Delete /, hidden }).map((button) => button.getAttribute('aria-label'));
const deletes = () => api.requests.filter((request) => request.route === 'delete');

describe('DeleteDocumentDialog', () => {
  it('given a trigger, it should open an alert dialog that names the document, with Cancel focused', async () => {
    renderWithDocuments(<DeleteDocumentDialog document={passport} trigger={<button type="button">Remove</button>} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete document?' });
    expect(dialog).toHaveAccessibleDescription('Delete Passport — passport.jpg? This cannot be undone.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectAccessible();
  });

  it('after Escape, it should close without deleting and give focus back to the trigger', async () => {
    const onOpenChange = vi.fn();
    renderWithDocuments(<DeleteDocumentDialog document={passport} onOpenChange={onOpenChange}>Remove passport</DeleteDocumentDialog>);
    await userEvent.click(screen.getByRole('button', { name: 'Remove passport' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    expect(screen.getByRole('button', { name: 'Remove passport' })).toHaveFocus();
    expect(deletes()).toHaveLength(0);
  });

  it('when controlled, it should ask to close but stay open until its owner says so', async () => {
    const onOpenChange = vi.fn();
    renderWithDocuments(<DeleteDocumentDialog document={passport} open onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('given defaultOpen, it should start open and close itself on Cancel', async () => {
    renderWithDocuments(<DeleteDocumentDialog document={passport} defaultOpen />);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('while deleting, it should show "Deleting…", refuse Escape, then close and report the deletion', async () => {
    api.inject('delete', { type: 'latency', ms: 1000 });
    const onDeleted = vi.fn();
    renderWithDocuments(<DeleteDocumentDialog document={passport} defaultOpen onDeleted={onDeleted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('button', { name: 'Deleting…' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAttribute('aria-busy', 'true');
    await expectAccessible();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onDeleted).toHaveBeenCalledWith(passport);
    expect(api.documents().map((document) => document.fileName)).not.toContain('passport.jpg');
  });

  it('when the server refuses, it should stay open with the error and offer Try again, which can succeed', async () => {
    api.inject('delete', { type: 'status', status: 500 });
    renderWithDocuments(<DeleteDocumentDialog document={passport} defaultOpen />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not delete Passport — passport.jpg. Check your connection and try again.');
    await expectAccessible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(deletes()).toHaveLength(2);
  });

  it('given a label (your row’s name for it, told apart from a namesake), it should name the document with it throughout', async () => {
    api.inject('delete', { type: 'status', status: 500 });
    const label = 'Passport — passport.jpg (uploaded yesterday)';
    renderWithDocuments(
      <LiveRegion>
        <DeleteDocumentDialog document={passport} label={label} defaultOpen />
      </LiveRegion>,
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAccessibleDescription(`Delete ${label}? This cannot be undone.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`Could not delete ${label}.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${label} deleted.`));
  });

  it('speaks German', async () => {
    renderWithDocuments(<DeleteDocumentDialog document={passport} defaultOpen locale="de" messages={de} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Dokument löschen?' });
    expect(dialog).toHaveAccessibleDescription('Passport — passport.jpg löschen? Das kann nicht rückgängig gemacht werden.');
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Löschen' })).toBeInTheDocument();
  });
});

describe('deleting from DocumentList', () => {
  it('should keep the row while deleting, and keep it, with a message, when the server refuses', async () => {
    api.inject('delete', { type: 'latency', ms: 200 });
    api.inject('delete', { type: 'status', status: 500 });
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    const before = names();
    await userEvent.click(screen.getByRole('button', { name: "Delete Driver's licence — drivers-licence.jpg" }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-busy', 'true');
    expect(names(true)).toEqual(before);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not delete Driver's licence — drivers-licence.jpg/);
    expect(names(true)).toEqual(before);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const row = screen.getByRole('button', { name: "Delete Driver's licence — drivers-licence.jpg" }).closest('li')!;
    expect(row).toHaveTextContent("Driver's licence — drivers-licence.jpg was not deleted.");
    expect(within(row).getByRole('button')).toHaveFocus();
    expect(names()).toEqual(before);
    await expectAccessible();
  });

  it('should move focus to the row that took the deleted one’s place', async () => {
    const onDeleted = vi.fn();
    renderWithDocuments(<DocumentList onDeleted={onDeleted} />);
    await screen.findByRole('list', { name: 'Your documents' });
    const [, second, third] = names();
    await userEvent.click(screen.getByRole('button', { name: second! }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.queryByRole('button', { name: second! })).toBeNull();
    expect(screen.getByRole('button', { name: third! })).toHaveFocus();
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent(`${second!.replace(/^Delete /, '')} deleted.`);
  });

  it('keeps the documents and says so when the refresh after a delete fails', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    api.inject('list', { type: 'status', status: 500 });
    await userEvent.click(screen.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your documents could not be refreshed.');
    expect(within(screen.getByRole('list', { name: 'Your documents' })).getAllByRole('listitem')).toHaveLength(4);
    await expectAccessible();
  });
});
