import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake } from './uploader-fixtures.js';

setupFake();

it('takes a file of exactly the smallest or the largest size allowed: the limits are sizes allowed, not refused', async () => {
  const user = userEvent.setup();
  // The client's rules give the smallest size (over our test JPEG's own), the uploader the largest.
  renderUploader({ mode: 'manual', maxSize: 8000 }, { minSize: 2000 });
  await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), [jpeg('smallest.jpg', 2000), jpeg('largest.jpg', 8000)]);
  await waitFor(() => expect(screen.getAllByText('Ready to upload')).toHaveLength(2));
  expect(screen.queryByText(/^Not added/)).toBeNull();
  expect(screen.getByRole('button', { name: 'Upload 2 files' })).toBeEnabled();
});
