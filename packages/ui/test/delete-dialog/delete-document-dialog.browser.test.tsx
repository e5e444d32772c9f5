import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentList } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { expectAccessible, injectFault, renderWithDocuments, resetFake, screenshot } from '../document-list/real-documents.js';

const PASSPORT = 'Delete Passport — passport.jpg';
const ID_CARD = 'Delete ID card — id-card-front.png';
const rowNames = () =>
  [...document.querySelectorAll('[data-part="delete-button"]')].map((button) => button.getAttribute('aria-label'));

async function tabTo(name: string) {
  for (let step = 0; step < 20 && document.activeElement?.getAttribute('aria-label') !== name; step++) await userEvent.tab();
  expect(document.activeElement).toHaveAccessibleName(name);
}

describe('deleting in Chromium, keyboard only, against the fake over HTTP', () => {
  beforeEach(() => resetFake());

  it('Tab to the row, Enter, Cancel is focused, Tab to Delete, Enter: the row goes and focus moves to the next row', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await tabTo(ID_CARD);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete document?' });
    expect(dialog).toHaveAccessibleDescription('Delete ID card — id-card-front.png? This cannot be undone.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectAccessible();
    await screenshot('dialog-light');
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(rowNames()).not.toContain(ID_CARD);
    expect(document.activeElement).toHaveAccessibleName(PASSPORT);
  });

  it('while deleting, shows Cancel dimmed, but at full strength once the keyboard is on it: its focus ring keeps its contrast', async () => {
    await injectFault('delete', { type: 'latency', ms: 5000 });
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await tabTo(PASSPORT);
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await within(dialog).findByRole('button', { name: 'Deleting…' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    expect(getComputedStyle(cancel).opacity).toBe('0.6');

    await userEvent.tab({ shift: true });
    expect(cancel).toHaveFocus();
    expect(getComputedStyle(cancel).opacity).toBe('1');
  });

  it('Escape keeps the row and gives focus back to its delete button', async () => {
    renderWithDocuments(<DocumentList theme="dark" />);
    await screen.findByRole('list', { name: 'Your documents' });
    const before = rowNames();
    await tabTo(PASSPORT);
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('alertdialog');
    await expectAccessible();
    await screenshot('dialog-dark');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(rowNames()).toEqual(before);
    expect(document.activeElement).toHaveAccessibleName(PASSPORT);
  });

  it('a refused delete keeps the row in place, says why, and Try again finishes the job', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    const before = rowNames();
    await injectFault('delete', { type: 'latency', ms: 800 });
    await injectFault('delete', { type: 'status', status: 500 });
    await userEvent.click(screen.getByRole('button', { name: PASSPORT }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-busy', 'true');
    // The row leaves the list only once the server has deleted the document.
    expect(rowNames()).toEqual(before);
    await screenshot('dialog-pending');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not delete Passport — passport.jpg.');
    expect(rowNames()).toEqual(before);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await expectAccessible();
    await screenshot('dialog-error');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(rowNames()).not.toContain(PASSPORT));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('a refused delete, then Cancel, leaves the row with a visible message', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await injectFault('delete', { type: 'status', status: 500 });
    await userEvent.click(screen.getByRole('button', { name: PASSPORT }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const row = screen.getByRole('button', { name: PASSPORT }).closest('li')!;
    expect(row).toHaveTextContent('Passport — passport.jpg was not deleted.');
    expect(within(row).getByRole('button')).toHaveFocus();
    await expectAccessible();
    await screenshot('list-delete-failed');
  });

  it('reads right to left in Arabic', async () => {
    renderWithDocuments(<DocumentList locale="ar" messages={ar} />);
    await screen.findByRole('list', { name: 'مستنداتك' });
    await userEvent.click(screen.getByRole('button', { name: 'حذف Passport — passport.jpg' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'حذف المستند؟' });
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectAccessible();
    await screenshot('dialog-rtl');
  });
});
