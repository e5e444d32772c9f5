import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jpeg, recordAnnouncements, renderUploader, saidAbout, setupFake } from './uploader-fixtures.js';

const api = setupFake();

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });
/** The milestones ("25%", "50%", "75%", "100%") the live region said about `name`, in order. */
const milestonesSaid = (said: readonly string[], name: string) => saidAbout(said, name).join(' ').match(/\d+%/g) ?? [];

describe('DocumentUploader, progress milestones in the live region', () => {
  it('says 25, 50 and 75 % once each, and never 100 %: "Uploaded" says the end', async () => {
    const user = userEvent.setup();
    renderUploader();
    const said = recordAnnouncements();
    await user.upload(chooseFile(), jpeg('passport.jpg', 64 * 1024));
    await waitFor(() => expect(saidAbout(said, 'passport.jpg').at(-1)).toMatch(/Uploaded$/));
    expect(milestonesSaid(said, 'passport.jpg')).toEqual(['25%', '50%', '75%']);
  });

  it('given a retry after the connection dropped with every byte sent, says the milestones of the new attempt again', async () => {
    const user = userEvent.setup();
    // The bytes all go up (25, 50, 75 % said), then the answer is lost: the retry sends the file again.
    api.inject('upload', { type: 'drop', when: 'after' });
    renderUploader();
    const said = recordAnnouncements();
    await user.upload(chooseFile(), jpeg('passport.jpg', 64 * 1024));
    const row = (await screen.findByText('passport.jpg')).closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'error'));
    await waitFor(() => expect(milestonesSaid(said, 'passport.jpg')).toEqual(['25%', '50%', '75%']));

    await user.click(within(row).getByRole('button', { name: 'Retry upload of passport.jpg' }));
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    await waitFor(() => expect(saidAbout(said, 'passport.jpg').at(-1)).toMatch(/Uploaded$/));
    expect(milestonesSaid(said, 'passport.jpg')).toEqual(['25%', '50%', '75%', '25%', '50%', '75%']);
  });
});
