import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentList } from '../../src/index.js';
import { fakeRequests, injectFault, renderWithDocuments, resetFake } from './real-documents.js';

// The seeded list shows four image documents, each with a thumbnail fetched with the bearer token.
const IMAGES = 4;
const thumbnails = () => [...document.querySelectorAll<HTMLImageElement>('img[data-part="thumbnail"]')];
const fileRequests = async () => (await fakeRequests()).filter(({ route }) => route === 'file');
const listRows = async () => within(await screen.findByRole('list', { name: 'Your documents' })).getAllByRole('listitem');

describe('DocumentList thumbnails, in Chromium against the fake over HTTP', () => {
  beforeEach(() => resetFake());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('given a fetched file that is no image it can show, falls back to the icon instead of a broken image', async () => {
    // 200 with a body, but not an image: fetched, then refused by the <img>.
    await injectFault('file', { type: 'malformed-json' }, IMAGES);
    renderWithDocuments(<DocumentList />);
    await listRows();
    await waitFor(async () => expect(await fileRequests()).toHaveLength(IMAGES));
    await waitFor(() => expect(thumbnails()).toHaveLength(0));
    expect(screen.getByText('passport.jpg').closest('li')!.querySelector('[data-part="thumbnail"]')).toHaveTextContent('jpg');
  });

  it('given the list gone while its thumbnails are still fetched, stops them: no object URL is made that nobody revokes', async () => {
    const created = vi.spyOn(URL, 'createObjectURL');
    await injectFault('file', { type: 'latency', ms: 400 }, IMAGES);
    const { unmount } = renderWithDocuments(<DocumentList />);
    await listRows();
    await waitFor(async () => expect(await fileRequests()).toHaveLength(IMAGES));
    unmount();
    // A second list, whose thumbnails take longer than the first's would have: once they show, the first's are settled.
    await injectFault('file', { type: 'latency', ms: 1200 }, IMAGES);
    renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(thumbnails()).toHaveLength(IMAGES), { timeout: 5000 });
    expect(created).toHaveBeenCalledTimes(IMAGES);
  });

  it('keeps the thumbnails it has when the list is refreshed: a stored file never changes under its id', async () => {
    renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(thumbnails()).toHaveLength(IMAGES));
    const shown = thumbnails().map((image) => image.src);
    // A refresh after a delete brings every document again, as new objects with the same ids.
    await userEvent.click(screen.getByRole('button', { name: 'Delete Passport — passport.jpg' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await fakeRequests()).filter(({ route }) => route === 'list')).toHaveLength(2));
    await waitFor(() => expect(thumbnails()).toHaveLength(IMAGES - 1));
    // A margin for any refetch the refresh would start (nothing to wait for when, rightly, none starts).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await fileRequests()).toHaveLength(IMAGES);
    expect(thumbnails().map((image) => image.src).every((src) => shown.includes(src))).toBe(true);
  });
});
