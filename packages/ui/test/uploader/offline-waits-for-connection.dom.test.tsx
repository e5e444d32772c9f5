import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/i18n/de/index.js';
import { jpeg, recordAnnouncements, renderUploader, saidAbout, setupFake } from './uploader-fixtures.js';

const api = setupFake();
afterEach(() => vi.restoreAllMocks());

const WAIT = 'Not uploaded: no connection. It will be sent when you are back online.';
const chooseFile = () => screen.getByLabelText(/^(Choose file|Datei auswählen)$/, { selector: 'input' });

/** The browser's connection as `navigator.onLine` tells it; `online` also fires the event, as a browser does. */
function connection(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  if (online) act(() => void window.dispatchEvent(new Event('online')));
}

describe('DocumentUploader without a connection', () => {
  it('says a file that failed offline will be sent once back online, then sends it without a tap', async () => {
    connection(false);
    api.inject('upload', { type: 'drop' });
    renderUploader();
    const said = recordAnnouncements();
    await userEvent.upload(chooseFile(), jpeg('passport.jpg'));
    const row = (await screen.findByText('passport.jpg')).closest('li')!;
    await within(row).findByText(WAIT);
    await waitFor(() => expect(saidAbout(said, 'passport.jpg').at(-1)).toMatch(new RegExp(`${WAIT}$`)));
    // Retry stays, for a connection the browser has not noticed yet.
    expect(within(row).getByRole('button', { name: 'Retry upload of passport.jpg' })).toBeVisible();

    connection(true);
    await within(row).findByText('Uploaded');
    expect(api.documents().map(({ fileName }) => fileName)).toEqual(['passport.jpg']);
    // Said as a Retry is: the resend, then its outcome, so a screen reader hears the file go.
    await waitFor(() => expect(saidAbout(said, 'passport.jpg').at(-1)).toMatch(/Uploaded$/));
    expect(saidAbout(said, 'passport.jpg').join(' ')).toMatch(new RegExp(`${WAIT}.* Uploading….* Uploaded$`));
  });

  it('says the same of an upload that got no answer in time (a stalled connection) while offline', async () => {
    connection(false);
    api.inject('create', { type: 'status', status: 408 });
    renderUploader();
    await userEvent.upload(chooseFile(), jpeg('passport.jpg'));
    expect(await screen.findByText(WAIT)).toBeVisible();
  });

  it('keeps "Check it and try again" when the browser thinks it is online: no online event will come to send it', async () => {
    connection(true);
    api.inject('upload', { type: 'drop' });
    renderUploader();
    await userEvent.upload(chooseFile(), jpeg('passport.jpg'));
    expect(await screen.findByText('Not uploaded: no connection. Check it and try again.')).toBeVisible();
  });

  it('says it in the widget’s language', async () => {
    connection(false);
    api.inject('upload', { type: 'drop' });
    renderUploader({ locale: 'de', messages: de });
    await userEvent.upload(chooseFile(), jpeg('pass.jpg'));
    expect(await screen.findByText('Nicht hochgeladen: keine Verbindung. Die Datei wird gesendet, sobald Sie wieder online sind.')).toBeVisible();
  });

  it('holds a photo whose preparation failed offline as "Preparing…", and tries again once back online', async () => {
    // jsdom has no canvas: preparation fails here whatever the connection, which shows when it is tried. Online, the
    // first photo is refused for it (and the preparation code is loaded, so a failure comes at once).
    connection(true);
    renderUploader({ prepare: {} });
    await userEvent.upload(chooseFile(), jpeg('first.jpg'));
    const first = (await screen.findByText('first.jpg')).closest('li')!;
    await waitFor(() => expect(first).toHaveAttribute('data-state', 'rejected'), { timeout: 5000 });

    connection(false);
    await userEvent.upload(chooseFile(), jpeg('passport.jpg'));
    const row = (await screen.findByText('passport.jpg')).closest('li')!;
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'preparing'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(row).toHaveAttribute('data-state', 'preparing');

    connection(true);
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'rejected'));
    expect(within(row).getByText(/^Not added: this browser could not remove/)).toBeVisible();
  });
});
