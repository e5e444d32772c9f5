import type { Document } from '@iddocs/hooks';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { DeleteDocumentDialog } from '../../src/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

setupFakeDocuments();
const passport: Document = { id: '1', status: 'approved', typeId: 1, typeName: 'Passport', fileName: 'passport.jpg', raw: {} };

it('given a trigger that a click did not focus (Safari), gives focus back to it on close, not to the page', async () => {
  renderWithDocuments(<DeleteDocumentDialog document={passport} trigger={<button type="button">Remove passport</button>} />);
  const trigger = screen.getByRole('button', { name: 'Remove passport' });
  // A bare click event, as Safari sends: the button does not take focus.
  fireEvent.click(trigger);
  expect(trigger).not.toHaveFocus();
  const dialog = await screen.findByRole('alertdialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(trigger).toHaveFocus();
});
