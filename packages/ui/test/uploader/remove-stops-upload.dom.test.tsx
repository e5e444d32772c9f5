import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { jpeg, recordAnnouncements, renderUploader, saidAbout, setupFake } from './uploader-fixtures.js';

const api = setupFake();

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });
const uploadRequests = () => api.requests.filter(({ route }) => route === 'upload');

it('given Remove on a file being uploaded, stops its upload: no document is made of it, and it is never said to be uploaded', async () => {
  const user = userEvent.setup();
  // Held long enough for Remove. (MSW does not pass the abort on to the fake, which then reads the body: the aborted
  // stream stores nothing; going on, it is stored and made a document.)
  api.inject('upload', { type: 'latency', ms: 400 });
  renderUploader();
  const said = recordAnnouncements();
  await user.upload(chooseFile(), jpeg('mistake.jpg'));
  await waitFor(() => expect(uploadRequests()).toHaveLength(1));
  await user.click(screen.getByRole('button', { name: 'Remove mistake.jpg' }));
  expect(screen.queryByText('mistake.jpg')).toBeNull();

  // Held longer than the first: once this one is done, the first would have been done too, had it gone on.
  api.inject('upload', { type: 'latency', ms: 1200 });
  await user.upload(chooseFile(), jpeg('passport.jpg'));
  const row = (await screen.findByText('passport.jpg')).closest('li')!;
  await within(row).findByText('Uploaded', {}, { timeout: 5000 });
  expect(api.documents().map(({ fileName }) => fileName)).toEqual(['passport.jpg']);
  await waitFor(() => expect(saidAbout(said, 'passport.jpg').at(-1)).toMatch(/Uploaded$/));
  expect(saidAbout(said, 'mistake.jpg').join(' ')).not.toMatch(/Uploaded/);
});
