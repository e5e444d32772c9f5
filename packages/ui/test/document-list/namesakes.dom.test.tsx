import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DocumentList } from '../../src/index.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from './fake-documents.js';

// One person, one file, uploaded twice as an ID card on the same day; and a passport.
const api = setupFakeDocuments({
  seed: [
    { typeId: 2, status: 'pending', fileName: 'scan.jpg', createTime: '2025-05-02T09:30:00Z' },
    { typeId: 2, status: 'rejected', fileName: 'scan.jpg', createTime: '2025-05-02T08:15:00Z', comment: 'The photo is blurred.' },
    { typeId: 1, status: 'approved', fileName: 'passport.jpg', createTime: '2025-05-02T08:00:00Z' },
  ],
});

const uploaded = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const LATER = `ID card — scan.jpg (uploaded ${uploaded('2025-05-02T09:30:00Z')})`;
const EARLIER = `ID card — scan.jpg (uploaded ${uploaded('2025-05-02T08:15:00Z')})`;

describe('DocumentList with two documents of one name', () => {
  it('tells them apart by upload time: the delete buttons, the dialog, the failure and the announcement', async () => {
    api.inject('delete', { type: 'status', status: 500 });
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    const names = screen.getAllByRole('button', { name: /^Delete / }).map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual([`Delete ${LATER}`, `Delete ${EARLIER}`, 'Delete Passport — passport.jpg']);
    expect(screen.getByRole('button', { name: `Delete ${EARLIER}` }).closest('li')).toHaveTextContent(`Uploaded ${uploaded('2025-05-02T08:15:00Z')}`);
    await expectAccessible();

    await userEvent.click(screen.getByRole('button', { name: `Delete ${EARLIER}` }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete document?' });
    expect(dialog).toHaveAccessibleDescription(`Delete ${EARLIER}? This cannot be undone.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(`Could not delete ${EARLIER}.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const row = screen.getByRole('button', { name: `Delete ${EARLIER}` }).closest('li')!;
    expect(row).toHaveTextContent(`${EARLIER} was not deleted.`);

    await userEvent.click(within(row).getByRole('button'));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${EARLIER} deleted.`));
    // Alone now, the other needs no time in its name.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Delete / }).map((button) => button.getAttribute('aria-label'))).toEqual(['Delete ID card — scan.jpg', 'Delete Passport — passport.jpg']));
  });
});
