import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { DocumentList } from '../../src/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

setupFakeDocuments({ seed: [{ typeId: 1, status: 'pending', fileName: 'passport.jpg' }] });

it('after the last document is deleted, focus should land on the list, which says it is empty', async () => {
  const { container } = renderWithDocuments(<DocumentList />);
  await userEvent.click(await screen.findByRole('button', { name: 'Delete Passport — passport.jpg' }));
  await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(container.querySelector('[data-part="root"]')).toHaveFocus());
  expect(screen.getByText('You have not uploaded any documents yet.')).toBeInTheDocument();
});
