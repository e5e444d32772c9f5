import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { recordAnnouncements, saidAbout } from './announcements.js';
import { control, expectAccessible, photo, renderUploader } from './browser-fixtures.js';

/** Sends `name` with the browse button and waits for its row to fail; returns the row and what was said. */
async function failedUpload(name: string) {
  const said = recordAnnouncements();
  await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), photo(name));
  const row = (await screen.findByText(name)).closest('li')!;
  await waitFor(() => expect(row).toHaveAttribute('data-state', 'error'));
  return { row, said };
}

// The file itself refused, over real HTTP/1.1 and XMLHttpRequest, cross-origin: the client reads the status and
// `Retry-After` from the answer (the fake exposes that header to other origins, as a real API must).
describe('DocumentUploader in Chromium, when the upload step fails', () => {
  beforeEach(() => control('reset'));

  it('given a 429 with Retry-After: 30, it should say to wait 30 s, in the row and in the live region, and keep Retry', async () => {
    await control('faults', { route: 'upload', fault: { type: 'status', status: 429, retryAfterSeconds: 30 } });
    const { container } = renderUploader();
    const { row, said } = await failedUpload('busy.jpg');
    const text = 'Not uploaded: too many uploads. Wait 30 s and try again.';
    expect(within(row).getByText(text)).toBeVisible();
    await waitFor(() => expect(saidAbout(said, 'busy.jpg').at(-1)?.slice(-text.length)).toBe(text));
    expect(within(row).getByRole('button', { name: 'Retry upload of busy.jpg' })).toBeVisible();
    await expectAccessible(container);
  });
});
