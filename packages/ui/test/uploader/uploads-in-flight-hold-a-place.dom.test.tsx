import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake } from './uploader-fixtures.js';

const api = setupFake();

it('given files still uploading, counts them under maxFiles: only an uploaded row gives its place up', async () => {
  const user = userEvent.setup();
  api.inject('upload', { type: 'latency', ms: 1500 }, { times: 2 });
  renderUploader({ maxFiles: 2 });
  const input = screen.getByLabelText('Choose file', { selector: 'input' });
  await user.upload(input, [jpeg('front.jpg'), jpeg('back.jpg')]);
  expect(await screen.findAllByText('Uploading…')).toHaveLength(2);

  await user.upload(input, jpeg('visa.jpg'));
  const list = screen.getByRole('list');
  expect(within(list).getByText('1 file was not added: at most 2 files')).toHaveAttribute('data-state', 'rejected');
  expect(screen.queryByText('visa.jpg')).toBeNull();
});
