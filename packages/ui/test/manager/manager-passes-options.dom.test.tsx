import { createJpegBytes } from '@iddocs/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { DocumentManager } from '../../src/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

const api = setupFakeDocuments();

/** A JPEG padded past the 1 KiB minimum; jsdom cannot decode it, so it goes up only without preparation. */
function photo(name: string): File {
  const bytes = new Uint8Array(4096);
  bytes.set(createJpegBytes());
  return new File([bytes], name, { type: 'image/jpeg' });
}

it('hands limit to its list, and mode and prepare to its uploader', async () => {
  const user = userEvent.setup();
  renderWithDocuments(<DocumentManager types={[{ id: 1, label: 'Passport' }]} limit={2} mode="manual" prepare={false} />);
  const documents = screen.getByRole('region', { name: 'Your documents' });
  expect(await within(documents).findAllByRole('listitem')).toHaveLength(2);
  expect(within(documents).getByRole('button', { name: 'Load more' })).toBeInTheDocument();

  await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), photo('visa.jpg'));
  const upload = screen.getByRole('region', { name: 'Upload a document' });
  expect(await within(upload).findByText('Ready to upload')).toBeInTheDocument();
  expect(within(upload).getByRole('button', { name: 'Upload 1 file' })).toBeEnabled();
  expect(api.requests.filter(({ route }) => route === 'upload')).toHaveLength(0);
});
