import type { Document } from '@iddocs/hooks';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { DeleteDocumentDialog } from '../../src/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

const api = setupFakeDocuments();
const passport: Document = { id: '1', status: 'approved', typeId: 1, typeName: 'Passport', fileName: 'passport.jpg', raw: {} };

it('given "Deleting…" pressed again, does nothing more: one request, one report, one announcement', async () => {
  api.inject('delete', { type: 'latency', ms: 500 });
  const onDeleted = vi.fn();
  renderWithDocuments(<DeleteDocumentDialog document={passport} defaultOpen onDeleted={onDeleted} />);
  await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
  await userEvent.click(screen.getByRole('button', { name: 'Deleting…' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/deleted\.$/));
  expect(screen.getByRole('status')).toHaveTextContent(/^Passport — passport\.jpg deleted\.$/);
  expect(onDeleted).toHaveBeenCalledTimes(1);
  expect(api.requests.filter(({ route }) => route === 'delete')).toHaveLength(1);
});
