import { useDocuments, type Document } from '@iddocs/hooks';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DeleteDocumentDialog, LiveRegion } from '../../src/index.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

const api = setupFakeDocuments();

/** A list of your own, built on `useDocuments`, with the dialog inside each row, as the dialog's JSDoc shows. */
function MyList({ onDeleted }: { onDeleted?: () => void }) {
  const { documents = [] } = useDocuments();
  return (
    <LiveRegion>
      <ul aria-label="My documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            {doc.fileName}{' '}
            <DeleteDocumentDialog document={doc} trigger={<button type="button">Delete {doc.fileName}</button>} {...(onDeleted && { onDeleted })} />
          </li>
        ))}
      </ul>
    </LiveRegion>
  );
}

const triggers = () => screen.getAllByRole('button', { name: /^Delete .+\./ }).map((button) => button.textContent);

describe('DeleteDocumentDialog inside the row it deletes', () => {
  it('given Delete, it should say "Deleting…" with the row still there, then remove the row, announce it, and focus the next row', async () => {
    api.inject('delete', { type: 'latency', ms: 200 });
    const onDeleted = vi.fn();
    renderWithDocuments(<MyList onDeleted={onDeleted} />);
    await screen.findByRole('button', { name: 'Delete passport.jpg' });
    const before = triggers();
    const [, second, third] = before;
    await userEvent.click(screen.getByRole('button', { name: second! }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Deleting…' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: second!, hidden: true })).toBeInTheDocument();

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(triggers()).toEqual(before.filter((name) => name !== second));
    await waitFor(() => expect(screen.getByRole('button', { name: third! })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(/^.+ — .+ deleted\.$/);
    expect(onDeleted).toHaveBeenCalledTimes(1);
    await expectAccessible();
  });

  it('when the server answers 500, it should stay open with the error and Try again, keep the row, and give focus back on Cancel', async () => {
    api.inject('delete', { type: 'status', status: 500 });
    renderWithDocuments(<MyList />);
    const trigger = await screen.findByRole('button', { name: 'Delete passport.jpg' });
    const before = triggers();
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not delete Passport — passport.jpg. Check your connection and try again.');
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toHaveFocus();
    await expectAccessible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(triggers()).toEqual(before);
    expect(screen.getByRole('button', { name: 'Delete passport.jpg' })).toHaveFocus();
  });

  it('when the server answers 500, Try again should delete it, and focus the row before when it was the last', async () => {
    api.inject('delete', { type: 'status', status: 500 });
    renderWithDocuments(<MyList />);
    await screen.findByRole('button', { name: 'Delete passport.jpg' });
    const before = triggers();
    const last = before.at(-1)!;
    await userEvent.click(screen.getByRole('button', { name: last }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(triggers()).toEqual(before.slice(0, -1));
    await waitFor(() => expect(screen.getByRole('button', { name: before.at(-2)! })).toHaveFocus());
    expect(api.documents()).toHaveLength(before.length - 1);
  });
});

describe('DeleteDocumentDialog on its own', () => {
  it('with no LiveRegion around it, it should announce the deletion through its own', async () => {
    renderWithDocuments(<MyRow />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete passport.jpg' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Passport — passport.jpg deleted.'));
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });
});

/** One document's dialog, outside any list or LiveRegion (it stays mounted after the delete). */
function MyRow() {
  const { documents = [] } = useDocuments();
  const [kept, keep] = useState<Document>();
  const passport = documents.find((doc) => doc.fileName === 'passport.jpg');
  if (!kept && passport) keep(passport);
  return kept ? <DeleteDocumentDialog document={kept} trigger={<button type="button">Delete {kept.fileName}</button>} /> : null;
}
