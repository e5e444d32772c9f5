import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentList } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { expectAccessible, fakeRequests, injectFault, renderWithDocuments, resetFake, screenshot } from './real-documents.js';

/** Whether a row's content is rendered (styled and laid out), not skipped by `content-visibility: auto`. */
const rendered = (row: HTMLElement) => row.querySelector('[data-part="type"]')!.checkVisibility({ contentVisibilityAuto: true });
const thumbnails = () => [...document.querySelectorAll<HTMLImageElement>('img[data-part="thumbnail"]')];

describe('DocumentList in Chromium, against the fake over HTTP', () => {
  beforeEach(() => resetFake());

  it('loads every image thumbnail with the bearer token, and shows the PDF as an icon', async () => {
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    await waitFor(() => expect(thumbnails().every((image) => image.complete && image.naturalWidth > 0)).toBe(true));
    expect(thumbnails().every((image) => image.src.startsWith('blob:'))).toBe(true);
    const pdfRow = screen.getByText('utility-bill.pdf').closest('li')!;
    expect(pdfRow.querySelector('[data-part="thumbnail"]')).toHaveTextContent('pdf');
    const files = (await fakeRequests()).filter((request) => request.route === 'file');
    expect(files).toHaveLength(4);
    expect(files.every((request) => request.headers['authorization'] === 'Bearer test-token')).toBe(true);
  });

  it('falls back to the icon when a thumbnail cannot be fetched', async () => {
    await injectFault('file', { type: 'status', status: 500 }, 10);
    renderWithDocuments(<DocumentList />);
    await screen.findByRole('list', { name: 'Your documents' });
    await waitFor(async () => expect((await fakeRequests()).filter((request) => request.route === 'file')).toHaveLength(4));
    expect(thumbnails()).toHaveLength(0);
    expect(screen.getByText('passport.jpg').closest('li')!.querySelector('[data-part="thumbnail"]')).toHaveTextContent('jpg');
  });

  it('revokes the thumbnails’ object URLs when the list goes away', async () => {
    const { unmount } = renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    const urls = thumbnails().map((image) => image.src);
    expect((await fetch(urls[0]!)).ok).toBe(true);
    unmount();
    for (const url of urls) await expect(fetch(url)).rejects.toThrow(/fetch/i);
  });

  it('has no axe violations (contrast included) in light, dark and right-to-left', async () => {
    const { rerender } = renderWithDocuments(<DocumentList theme="light" />);
    await waitFor(() => expect(thumbnails()).toHaveLength(4));
    await expectAccessible();
    await screenshot('list-light');
    rerender(<DocumentList theme="dark" />);
    await expectAccessible();
    await screenshot('list-dark');
    rerender(<DocumentList locale="ar" messages={ar} theme="dark" />);
    await screen.findByRole('list', { name: 'مستنداتك' });
    await expectAccessible();
    await screenshot('list-rtl');
  });

  it('skips style and layout of the rows off screen, and a Tab to one of them brings it in view, rendered', async () => {
    const many = Array.from({ length: 40 }, (_, index) => ({
      id: index + 1,
      typeId: 4,
      typeName: 'Proof of address',
      status: 'pending',
      fileName: `scan-${index + 1}.pdf`,
      createTime: '2025-05-02T08:00:00Z',
    }));
    await injectFault('list', { type: 'status', status: 200, body: many });
    renderWithDocuments(<DocumentList limit={50} />);
    const rows = within(await screen.findByRole('list', { name: 'Your documents' })).getAllByRole('listitem');
    expect(rows).toHaveLength(40);
    await waitFor(() => expect(rendered(rows[0]!)).toBe(true));
    expect(rendered(rows[39]!)).toBe(false);
    // Skipped, not gone: its text and its button are there for find-in-page and assistive technology.
    const last = within(rows[39]!).getByRole('button', { name: 'Delete Proof of address — scan-40.pdf' });
    for (let step = 0; step < 45 && document.activeElement !== last; step++) await userEvent.tab();
    expect(last).toHaveFocus();
    await waitFor(() => expect(rendered(rows[39]!)).toBe(true));
    const { top, bottom } = last.getBoundingClientRect();
    expect(top >= 0 && bottom <= window.innerHeight).toBe(true);
    await expectAccessible();
  });

  it('looks right while loading, empty and failed', async () => {
    await injectFault('list', { type: 'latency', ms: 1500 });
    const first = renderWithDocuments(<DocumentList />);
    expect(screen.getByText('Loading documents…')).toBeInTheDocument();
    await screenshot('list-pending');
    first.unmount();
    await resetFake();
    await injectFault('list', { type: 'status', status: 500 });
    renderWithDocuments(<DocumentList theme="dark" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your documents could not be loaded.');
    await expectAccessible();
    await screenshot('list-error');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(within(await screen.findByRole('list', { name: 'Your documents' })).getAllByRole('listitem')).toHaveLength(5);
  });
});
