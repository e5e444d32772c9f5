import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, renderUploader, setupFake } from './uploader-fixtures.js';

setupFake();

it('empties the camera input once it has handed over a photo: a browser reports a choice only when the input changes', async () => {
  const user = userEvent.setup();
  renderUploader({ mode: 'manual' });
  const camera = screen.getByLabelText<HTMLInputElement>('Take a photo', { selector: 'input' });
  await user.upload(camera, jpeg('photo.jpg'));
  expect(await screen.findByText('photo.jpg')).toBeInTheDocument();
  // Left holding photo.jpg, the input would stay silent if the same photo were chosen again.
  expect(camera.files).toHaveLength(0);
  expect(camera.value).toBe('');
});
