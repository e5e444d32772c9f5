import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LiveRegion, type DropRejection } from '../../src/index.js';
import { expectAccessible, fileOf, jpeg, recordAnnouncements, renderUploader, setupFake, Uploader } from './uploader-fixtures.js';

const api = setupFake();
const ELF = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0];

/** The reason shown in a file's row. */
const reasonOf = (name: string) => within(screen.getByText(name).closest('li')!).getByText(/^Not added/).textContent;

describe('DocumentUploader refusing files', () => {
  it('given empty, too small, too large and disguised files, shows and announces a specific reason for each and uploads none', async () => {
    const user = userEvent.setup();
    const onRejected = vi.fn<(file: File, reason: DropRejection) => void>();
    const { container } = renderUploader({ onRejected, maxSize: 10_000 });
    const said = recordAnnouncements();
    const files = [
      fileOf([], 'empty.jpg', 0),
      fileOf([0xff, 0xd8, 0xff, 0xe0], 'tiny.jpg', 600),
      jpeg('huge.jpg', 20_000),
      fileOf(ELF, 'holiday.jpg'),
    ];
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), files);
    await waitFor(() => expect(container.querySelectorAll('[data-part="file"][data-state="rejected"]')).toHaveLength(4));
    expect(reasonOf('empty.jpg')).toBe('Not added: the file is empty.');
    expect(reasonOf('tiny.jpg')).toBe('Not added: too small to be a legible scan (at least 1 kB).');
    expect(reasonOf('huge.jpg')).toBe('Not added: too large (at most 10 kB).');
    expect(reasonOf('holiday.jpg')).toBe('Not added: its content is not a photo or PDF, whatever its name says.');
    expect(onRejected.mock.calls.map(([file, why]) => [file.name, why]).toSorted()).toEqual([
      ['empty.jpg', 'empty'],
      ['holiday.jpg', 'unsupported-type'],
      ['huge.jpg', 'too-large'],
      ['tiny.jpg', 'too-small'],
    ]);
    // Refusals close together are spoken as one message, none lost.
    await waitFor(() => expect(said.join(' ')).toContain('holiday.jpg: Not added: its content is not a photo or PDF, whatever its name says.'));
    for (const name of ['empty.jpg', 'tiny.jpg', 'huge.jpg']) expect(said.join(' ')).toContain(`${name}: Not added: `);
    expect(api.requests).toHaveLength(0);
    await expectAccessible(container);
  });

  it('given a file just under the minimum, its size and the minimum never read the same', async () => {
    const user = userEvent.setup();
    const { container } = renderUploader();
    const said = recordAnnouncements();
    expect(container).toHaveTextContent('up to 20 MB per file');
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), fileOf([0xff, 0xd8, 0xff, 0xe0], 'small.jpg', 1010));
    await waitFor(() => expect(reasonOf('small.jpg')).toBe('Not added: too small to be a legible scan (at least 1.02 kB).'));
    expect(within(screen.getByText('small.jpg').closest('li')!).getByText('1.01 kB')).toBeInTheDocument();
    await waitFor(() => expect(said.join(' ')).toBe('small.jpg: Not added: too small to be a legible scan (at least 1.02 kB).'));
  });

  it('states and enforces the client’s own size limit, even when the uploader is given a larger one', async () => {
    const user = userEvent.setup();
    const { container } = renderUploader({ maxSize: 50_000 }, { maxSize: 5_000 });
    expect(container).toHaveTextContent('up to 5 kB per file');
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), jpeg('scan.jpg', 6_000));
    await waitFor(() => expect(reasonOf('scan.jpg')).toBe('Not added: too large (at most 5 kB).'));
    expect(api.requests).toHaveLength(0);
  });

  it('refuses files over maxFiles in one summary row, announced once', async () => {
    const user = userEvent.setup();
    const onRejected = vi.fn();
    const { container } = renderUploader({ maxFiles: 2, mode: 'manual', onRejected });
    const said = recordAnnouncements();
    await user.upload(
      screen.getByLabelText('Choose file', { selector: 'input' }),
      Array.from({ length: 5 }, (_, n) => jpeg(`page-${n}.jpg`)),
    );
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getByText('3 files were not added: at most 2 files')).toHaveAttribute('data-state', 'rejected');
    await waitFor(() => expect(said).toEqual(['3 files were not added: at most 2 files']));
    expect(onRejected).toHaveBeenCalledTimes(3);
    expect(onRejected).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'page-4.jpg' }), 'too-many');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upload 2 files' })).toBeEnabled());
    await expectAccessible(container);
  });

  it('keeps a refused file visible until the next choice clears it', async () => {
    const user = userEvent.setup();
    renderUploader({ mode: 'manual' });
    const input = screen.getByLabelText('Choose file', { selector: 'input' });
    await user.upload(input, fileOf(ELF, 'virus.jpg'));
    expect(await screen.findByText(/^Not added: its content/)).toBeInTheDocument();
    await user.upload(input, jpeg('ok.jpg'));
    await screen.findByText('Ready to upload');
    expect(screen.queryByText('virus.jpg')).toBeNull();
  });

  it('says nothing more once it is gone: a refusal still waiting to be spoken is dropped with the uploader', async () => {
    const user = userEvent.setup();
    const { rerender } = renderUploader();
    rerender(<LiveRegion><Uploader mode="manual" /></LiveRegion>);
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), fileOf(ELF, 'virus.jpg'));
    await screen.findByText(/^Not added: its content/);
    rerender(<LiveRegion>{null}</LiveRegion>);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
