import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake } from './uploader-fixtures.js';

const api = setupFake();

it('given files already uploaded, takes new ones up to maxFiles: uploaded rows stay as receipts without holding a place', async () => {
  const user = userEvent.setup();
  renderUploader({ maxFiles: 2, prepare: false });
  const before = api.documents().length;
  const input = screen.getByLabelText('Choose file', { selector: 'input' });
  await user.upload(input, [jpeg('front.jpg'), jpeg('back.jpg')]);
  await waitFor(() => expect(screen.getAllByText('Uploaded')).toHaveLength(2));
  await user.upload(input, [jpeg('visa.jpg'), jpeg('stamp.jpg')]);
  await waitFor(() => expect(screen.getAllByText('Uploaded')).toHaveLength(4));
  expect(screen.queryByText(/were not added|was not added/)).toBeNull();
  expect(api.documents()).toHaveLength(before + 4);
});
