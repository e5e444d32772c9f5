import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jpeg, recordAnnouncements, renderUploader, saidAbout, setupFake } from './uploader-fixtures.js';

const api = setupFake();

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });

describe('DocumentUploader announcements', () => {
  it('given a fourth file while three upload, it should say it waits, as its row does, with Cancel and no progress bar', async () => {
    const user = userEvent.setup();
    // The queue sends three files at once: the first three are held, the fourth waits for a free slot.
    api.inject('upload', { type: 'latency', ms: 600 }, { times: 3 });
    renderUploader();
    const said = recordAnnouncements();
    await user.upload(chooseFile(), [jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg'), jpeg('d.jpg')]);
    const row = (await screen.findByText('d.jpg')).closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'queued'));
    expect(within(row).getByText('Waiting…')).toBeInTheDocument();
    // A bar at 0 % and "0% · 0 bytes of 4.1 kB" would read as an upload that started and stalled.
    expect(within(row).queryByRole('progressbar')).toBeNull();
    expect(row.querySelector('[data-part="bytes"]')).toBeNull();
    expect(within(row).getByRole('button', { name: 'Cancel upload of d.jpg' })).toBeInTheDocument();
    const sending = (await screen.findByText('a.jpg')).closest('li')!;
    expect(within(sending).getByRole('progressbar', { name: 'a.jpg' })).toBeInTheDocument();
    await waitFor(() => expect(saidAbout(said, 'd.jpg')).toEqual(['Waiting…']));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) expect(saidAbout(said, name)[0]).toMatch(/^Uploading…/);

    // It starts once a slot is free: not said again (few announcements), the outcome is.
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    await waitFor(() => expect(saidAbout(said, 'd.jpg').at(-1)).toMatch(/Uploaded$/));
    expect(saidAbout(said, 'd.jpg').join(' ')).not.toMatch(/Uploading/);
  });

  it('given messages about one file close together, it should name the file once: "slow.jpg: Upload cancelled. Uploading…"', async () => {
    const user = userEvent.setup();
    api.inject('upload', { type: 'latency', ms: 800 });
    renderUploader();
    await user.upload(chooseFile(), jpeg('slow.jpg'));
    const row = (await screen.findByText('slow.jpg')).closest('li')!;
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('slow.jpg: Uploading…'));
    const said = recordAnnouncements();
    // Cancel then Retry at once (plain clicks, each rendered before the next): well within the 100 ms of one message,
    // however loaded the machine.
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel upload of slow.jpg' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Retry upload of slow.jpg' }));
    await waitFor(() => expect(said[0]).toMatch(/^slow\.jpg: Upload cancelled\. Uploading…/));
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    await waitFor(() => expect(said.at(-1)).toMatch(/Uploaded$/));
    for (const message of said) expect(message.match(/slow\.jpg/g)).toHaveLength(1);
  });
});
