import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useDocumentDropzone, type DropRejection } from '../../src/index.js';
import { fileOf, jpeg } from './uploader-fixtures.js';

const ELF = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0];

/** A team's own markup over the headless hook, at most two files of at most 10 kB. */
function TwoFiles({ onReject }: { onReject: (file: File, reason: DropRejection) => void }) {
  const zone = useDocumentDropzone({ maxFiles: 2, maxSize: 10_000, prepare: false, onReject });
  return (
    <section {...zone.getRootProps()}>
      <input {...zone.getInputProps()} />
      <button {...zone.getBrowseButtonProps()}>Browse</button>
      <ol>
        {zone.files.map((entry) => (
          <li key={entry.id}>
            {entry.file.name}: {entry.state} {entry.reason ?? entry.kind}
          </li>
        ))}
      </ol>
      <p>{zone.overflow.map((file) => file.name).join(', ') || 'none'} over the limit</p>
    </section>
  );
}

function renderTwoFiles(onReject: (file: File, reason: DropRejection) => void) {
  const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 'test-token' });
  return render(
    <DocumentsProvider client={client}>
      <TwoFiles onReject={onReject} />
    </DocumentsProvider>,
  );
}

describe('useDocumentDropzone with maxFiles', () => {
  it('given files refused for their size, shows each with its own reason and gives their slots to the good files', async () => {
    const user = userEvent.setup();
    const onReject = vi.fn<(file: File, reason: DropRejection) => void>();
    renderTwoFiles(onReject);
    const files = [fileOf([], 'empty.jpg', 0), fileOf([0xff, 0xd8, 0xff, 0xe0], 'tiny.jpg', 600), jpeg('huge.jpg', 20_000), jpeg('a.jpg'), jpeg('b.jpg')];
    await user.upload(screen.getByLabelText('Browse', { selector: 'input' }), files);
    await waitFor(() => expect(screen.getByText(/^b\.jpg/)).toHaveTextContent('b.jpg: accepted image/jpeg'));
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'empty.jpg: rejected empty',
      'tiny.jpg: rejected too-small',
      'huge.jpg: rejected too-large',
      'a.jpg: accepted image/jpeg',
      'b.jpg: accepted image/jpeg',
    ]);
    expect(screen.getByText('none over the limit')).toBeInTheDocument();
    expect(onReject.mock.calls.map(([file, reason]) => `${file.name} ${reason}`)).toEqual(['empty.jpg empty', 'tiny.jpg too-small', 'huge.jpg too-large']);
  });

  it('given a file whose kind is wrong, counts it while its content is checked: the file over the limit is refused as too many', async () => {
    const user = userEvent.setup();
    const onReject = vi.fn<(file: File, reason: DropRejection) => void>();
    renderTwoFiles(onReject);
    await user.upload(screen.getByLabelText('Browse', { selector: 'input' }), [fileOf(ELF, 'program.jpg'), jpeg('a.jpg'), jpeg('b.jpg')]);
    await waitFor(() => expect(screen.getByText(/^program\.jpg/)).toHaveTextContent('program.jpg: rejected unsupported-type'));
    expect(screen.getByText('b.jpg over the limit')).toBeInTheDocument();
    expect(onReject.mock.calls.map(([file, reason]) => `${file.name} ${reason}`).toSorted()).toEqual(['b.jpg too-many', 'program.jpg unsupported-type']);
  });

  it('leaves out react-dropzone’s English label of the hidden input, which the browse button names', () => {
    renderTwoFiles(vi.fn());
    const input = screen.getByLabelText('Browse', { selector: 'input' });
    expect(input).not.toHaveAttribute('aria-label');
    expect(input).toHaveAttribute('aria-labelledby', screen.getByRole('button', { name: 'Browse' }).id);
  });
});
