import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDocumentsClient } from '@iddocs/hooks';
import { DocumentList } from '../../src/index.js';
import { apiUrl, fakeRequests, injectFault, renderWithDocuments, resetFake } from './real-documents.js';

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
    // 200 with a body, but not an image: fetched, then refused by the decoder.
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

  it('keeps a small copy of a photo, not its file: a 2400-px photo is listed as a 128-px picture of a few kilobytes', async () => {
    const canvas = new OffscreenCanvas(2400, 1600);
    const context = canvas.getContext('2d')!;
    for (let x = 0; x < 2400; x += 40) {
      context.fillStyle = `hsl(${x % 360} 60% 50%)`;
      context.fillRect(x, 0, 40, 1600);
    }
    const photo = new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 })], 'big.jpg', { type: 'image/jpeg' });
    await createDocumentsClient({ baseUrl: apiUrl, getAccessToken: () => 'test-token' }).upload(photo, { typeId: 1 });
    renderWithDocuments(<DocumentList />);

    const row = (await screen.findByText('big.jpg')).closest('li')!;
    await waitFor(() => expect(row.querySelector('img')?.naturalWidth).toBe(128));
    expect(row.querySelector('img')!.naturalHeight).toBe(86); // 85.3, rounded up as createImageBitmap does
    const kept = await (await fetch(row.querySelector('img')!.src)).blob();
    expect(kept.size).toBeLessThan(photo.size / 10);
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
