import { DocumentsProvider } from '@iddocs/hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ar } from '../../src/i18n/ar/index.js';
import { DocumentUploader } from '../../src/index.js';
import { client, control, drag, expectAccessible, photo, renderUploader, storedNames, transferOf } from './browser-fixtures.js';

const rowOf = async (name: string) => (await screen.findByText(name)).closest('li')!;

/** The blob: URL of a file's thumbnail, once shown. */
const srcOf = async (name: string) => {
  const image = await waitFor(async () => {
    const found = (await rowOf(name)).querySelector('img');
    expect(found).not.toBeNull();
    return found!;
  });
  expect(image.src).toMatch(/^blob:/);
  return image.src;
};

/** What a file's preview box shows before its content (CSS generated content), `'none'` when nothing. */
const markOf = async (name: string) => getComputedStyle((await rowOf(name)).querySelector('[data-part="preview"]')!, '::before').content;

describe('DocumentUploader in Chromium, against the fake over HTTP', () => {
  beforeEach(() => control('reset'));

  it('uploads a file chosen with the browse button, showing its progress, and the document exists', async () => {
    await control('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 256 * 1024 } });
    const { container } = renderUploader();
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), photo('my-passport.jpg', 256 * 1024));
    const progress = await screen.findByRole('progressbar', { name: 'my-passport.jpg' });
    const row = await rowOf('my-passport.jpg');
    expect(row).toHaveAttribute('data-state', 'pending');
    await waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0));
    // Bytes of the file itself (262.1 kB, the size a person sees), not of the request with its multipart envelope.
    expect(within(row).getByText(/^\d+% · [\d.]+ kB of 262\.1 kB$/)).toBeInTheDocument();
    await expectAccessible(container);
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'), { timeout: 5000 });
    expect(await storedNames()).toContain('my-passport.jpg');
    await expectAccessible(container);
  });

  it('accepts files dragged and dropped on the drop area, showing the dragging state', async () => {
    const { container } = renderUploader({ mode: 'manual' });
    const zone = container.querySelector('[data-part="dropzone"]')!;
    const transfer = transferOf([photo('dragged.jpg')]);
    drag(zone, 'dragenter', transfer);
    drag(zone, 'dragover', transfer);
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'dragging'));
    await expectAccessible(container);
    drag(zone, 'drop', transfer);
    await waitFor(() => expect(zone).toHaveAttribute('data-state', 'filled'));
    const row = await rowOf('dragged.jpg');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'ready'));
  });

  it('adds a file pasted while focus is in the drop area', async () => {
    renderUploader({ mode: 'manual' });
    const browse = screen.getByRole('button', { name: 'Choose file' });
    browse.focus();
    const pasted = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transferOf([photo('screenshot.jpg')]) });
    document.activeElement!.dispatchEvent(pasted);
    expect(await rowOf('screenshot.jpg')).toBeInTheDocument();
    expect(pasted.defaultPrevented).toBe(true);
  });

  it('works from the keyboard alone: Tab reaches "Choose file" and Enter opens the chooser', async () => {
    renderUploader();
    const input = screen.getByLabelText('Choose file', { selector: 'input' });
    let opened = 0;
    // The picker is a native dialog a test cannot drive: count the opening and keep it shut.
    input.addEventListener('click', (event) => {
      opened += 1;
      event.preventDefault();
    });
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Choose file' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toBe(1);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Take a photo' })).toHaveFocus();
  });

  it('marks the drop area while keyboard focus is in it (where a paste goes), not after a mouse click on "Choose file"', async () => {
    const { container } = renderUploader();
    const zone = container.querySelector('[data-part="dropzone"]')!;
    const browse = screen.getByRole('button', { name: 'Choose file' });
    screen.getByLabelText('Choose file', { selector: 'input' }).addEventListener('click', (event) => event.preventDefault());
    const border = () => getComputedStyle(zone).borderTopColor;
    const idle = border();
    await userEvent.click(browse);
    expect(browse).toHaveFocus();
    expect(border()).toBe(idle);
    // On by keyboard: the button shows its focus ring, the drop area its focus colour.
    await userEvent.tab();
    const camera = screen.getByRole('button', { name: 'Take a photo' });
    expect(camera).toHaveFocus();
    expect(border()).not.toBe(idle);
    expect(getComputedStyle(camera).outlineStyle).toBe('solid');
  });

  it('cancels an upload in flight, and uploads it on retry', async () => {
    await control('faults', { route: 'upload', fault: { type: 'throttle', bytesPerSecond: 32 * 1024 } });
    const { container } = renderUploader();
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), photo('slow.jpg', 512 * 1024));
    await screen.findByRole('progressbar', { name: 'slow.jpg' });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload of slow.jpg' }));
    const row = await rowOf('slow.jpg');
    expect(row).toHaveAttribute('data-state', 'error');
    expect(within(row).getByText('Upload cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await expectAccessible(container);
    expect(await storedNames()).not.toContain('slow.jpg');

    await userEvent.click(screen.getByRole('button', { name: 'Retry upload of slow.jpg' }));
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'), { timeout: 5000 });
    expect(await storedNames()).toContain('slow.jpg');
  });

  it('says the server had a problem when it answers 500, and succeeds on retry', async () => {
    await control('faults', { route: 'upload', fault: { type: 'status', status: 500 } });
    const { container } = renderUploader();
    await userEvent.upload(screen.getByLabelText('Choose file', { selector: 'input' }), photo('flaky.jpg'));
    const row = await rowOf('flaky.jpg');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'error'));
    expect(within(row).getByText('Not uploaded: the server had a problem. Try again later.')).toBeInTheDocument();
    await expectAccessible(container);
    await userEvent.click(within(row).getByRole('button', { name: 'Retry upload of flaky.jpg' }));
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'success'));
    expect(await storedNames()).toContain('flaky.jpg');
  });

  it('revokes preview object URLs when a file is removed, replaced, or the uploader unmounts', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { unmount } = renderUploader({ mode: 'manual', types: [{ id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }] }] });
    const input = screen.getByLabelText('Choose file', { selector: 'input' });
    await userEvent.upload(input, photo('first.jpg'));
    const first = await srcOf('first.jpg');
    await userEvent.click(screen.getByRole('button', { name: 'Remove first.jpg' }));
    expect(revoke).toHaveBeenCalledWith(first);

    await userEvent.upload(input, photo('second.jpg'));
    const second = await srcOf('second.jpg');
    await userEvent.upload(input, photo('third.jpg'));
    const third = await srcOf('third.jpg');
    expect(revoke).toHaveBeenCalledWith(second);
    expect(revoke).not.toHaveBeenCalledWith(third);

    unmount();
    expect(revoke).toHaveBeenCalledWith(third);
    revoke.mockRestore();
  });

  it('on a phone, keeps a file’s preview beside its name and status, its actions on a line under them (left to right and right to left)', async () => {
    for (const locale of [undefined, 'ar'] as const) {
      // The drop area of a 375 px page's card is ~260 px wide.
      const { unmount } = render(
        <DocumentsProvider client={client}>
          <div style={{ inlineSize: '260px' }}>
            <DocumentUploader types={[{ id: 1, label: 'Passport' }]} mode="manual" prepare={false} {...(locale && { locale, messages: ar })} />
          </div>
        </DocumentsProvider>,
      );
      await userEvent.upload(document.querySelector<HTMLElement>('input[data-part="input"]')!, photo('id-card-front-with-a-long-name.jpg'));
      const row = await rowOf('id-card-front-with-a-long-name.jpg');
      await waitFor(() => expect(row).toHaveAttribute('data-state', 'ready'));
      const box = (part: string) => row.querySelector(`[data-part="${part}"]`)!.getBoundingClientRect();
      const [preview, body, actions] = [box('preview'), box('body'), box('actions')];
      // Side by side: the preview on the row's start side, level with the text.
      const [start, end] = locale ? [body, preview] : [preview, body];
      expect(start.right).toBeLessThanOrEqual(end.left);
      expect(preview.top).toBeLessThan(body.bottom);
      expect(preview.bottom).toBeGreaterThan(body.top);
      expect(body.width).toBeGreaterThan(140);
      // The preview shows the whole (landscape) photo, not a square crop of it.
      expect(getComputedStyle(row.querySelector('img[data-part="preview"]')!).objectFit).toBe('contain');
      // The actions under the text, inside the row.
      expect(actions.top).toBeGreaterThanOrEqual(body.bottom);
      expect(actions.left).toBeGreaterThanOrEqual(row.getBoundingClientRect().left);
      expect(actions.right).toBeLessThanOrEqual(row.getBoundingClientRect().right);
      unmount();
    }
  });

  it('marks the preview of a file refused for its content, instead of an empty box', async () => {
    renderUploader({ mode: 'manual', prepare: false });
    const input = document.querySelector<HTMLElement>('input[data-part="input"]')!;
    await userEvent.upload(input, [new File([new Uint8Array(4096).fill(0x4d)], 'evil.jpg', { type: 'image/jpeg' }), photo('front.jpg')]);
    await waitFor(async () => expect(await rowOf('evil.jpg')).toHaveAttribute('data-state', 'rejected'));
    expect(await markOf('evil.jpg')).toBe('"!"');
    await waitFor(async () => expect((await rowOf('front.jpg')).querySelector('img')).not.toBeNull());
    expect(await markOf('front.jpg')).toBe('none');
  });

  it('given 1,000 dropped files, adds the first two and refuses the rest in one summary row', async () => {
    const { container } = renderUploader({ mode: 'manual', maxFiles: 2 });
    const files = Array.from({ length: 1000 }, (_, n) => photo(`page-${n}.jpg`, 2048));
    drag(container.querySelector('[data-part="dropzone"]')!, 'drop', transferOf(files));
    const summary = await screen.findByText('998 files were not added: at most 2 files');
    expect(summary).toHaveAttribute('data-state', 'rejected');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upload 2 files' })).toBeEnabled());
    await expectAccessible(container);
  });
});
