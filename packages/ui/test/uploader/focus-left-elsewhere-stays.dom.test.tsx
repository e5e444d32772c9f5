import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake, TYPES } from './uploader-fixtures.js';

const api = setupFake();

it('given focus moved on from a row’s button, leaves it there when that button goes: only focus lost to the page is brought back', async () => {
  const user = userEvent.setup();
  api.inject('upload', { type: 'latency', ms: 800 });
  renderUploader({ types: TYPES });
  await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('slow.jpg'));
  const row = (await screen.findByText('slow.jpg')).closest('li')!;
  within(row).getByRole('button', { name: 'Cancel upload of slow.jpg' }).focus();
  // The person moves on to the type chooser while Cancel is still there; Cancel goes when the upload ends.
  const chooser = screen.getByRole('combobox', { name: 'Document type' });
  await user.click(chooser);
  expect(chooser).toHaveFocus();
  await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
  expect(chooser).toHaveFocus();
});
