import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createJpegBytes } from '@iddocs/testing';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentsPage } from '../src/documents-page.js';

const apiUrl = inject('documentsApiUrl');

async function control(path: string, body?: unknown) {
  const response = await fetch(`${apiUrl}/__fake/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  expect(response.ok).toBe(true);
}

function renderPage() {
  const client = createDocumentsClient({ baseUrl: apiUrl, getAccessToken: () => 'test-token', retry: false });
  return render(
    <DocumentsProvider client={client}>
      <DocumentsPage />
    </DocumentsProvider>,
  );
}

/** A real JPEG padded past the client's 1 KiB minimum. */
function passportPhoto(name: string): File {
  const bytes = new Uint8Array(64 * 1024);
  bytes.set(createJpegBytes({ width: 32, height: 20 }));
  return new File([bytes], name, { type: 'image/jpeg' });
}

describe('the README example page, in Chromium against the fake over HTTP', () => {
  beforeEach(() => control('reset'));

  it('lists the seeded documents with their status', async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: 'Documents' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(list).toHaveTextContent(/approved/);
    expect(list).toHaveTextContent(/rejected/);
  });

  it('uploads a file chosen in the file input and then lists it', async () => {
    renderPage();
    await screen.findByRole('list', { name: 'Documents' });
    await userEvent.upload(screen.getByLabelText(/Passport photo or scan/), passportPhoto('my-passport.jpg'));
    expect(await screen.findByText('my-passport.jpg: uploaded')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Delete Passport — my-passport.jpg' })).toBeInTheDocument();
  });

  it('refuses an executable renamed .jpg, by content, and lists nothing new', async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: 'Documents' });
    const before = within(list).getAllByRole('listitem').length;
    const elf = new Uint8Array(4096);
    elf.set([0x7f, 0x45, 0x4c, 0x46]);
    await userEvent.upload(screen.getByLabelText(/Passport photo or scan/), new File([elf], 'holiday.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/holiday\.jpg/);
    expect(within(list).getAllByRole('listitem')).toHaveLength(before);
  });

  it('deletes a document, and puts it back with a message when the server refuses', async () => {
    renderPage();
    const list = await screen.findByRole('list', { name: 'Documents' });
    const deleteButtons = within(list).getAllByRole('button', { name: /^Delete / });
    const [first, second] = deleteButtons;
    const firstName = first!.getAttribute('aria-label') ?? first!.textContent!;
    await userEvent.click(first!);
    await expect.poll(() => screen.queryByRole('button', { name: firstName })).toBeNull();

    await control('faults', { route: 'delete', fault: { type: 'status', status: 500 } });
    const secondName = second!.textContent!;
    await userEvent.click(second!);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not delete/);
    expect(screen.getByRole('button', { name: secondName })).toBeInTheDocument();
  });
});
