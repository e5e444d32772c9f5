import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDocumentDropzone } from '../../src/index.js';
import { fileOf, jpeg } from './uploader-fixtures.js';

/** A team's own markup over the headless hook. */
function MyDropzone() {
  const zone = useDocumentDropzone({ maxFiles: 3, prepare: false });
  return (
    <section {...zone.getRootProps({ 'aria-label': 'My drop area' })}>
      <input {...zone.getInputProps()} />
      <button {...zone.getBrowseButtonProps()}>Browse</button>
      <input {...zone.getCameraInputProps()} />
      <button {...zone.getCameraButtonProps()}>Camera</button>
      <ol>
        {zone.files.map((entry) => (
          <li key={entry.id}>
            {entry.file.name}: {entry.state} {entry.reason ?? entry.kind}
            <button onClick={() => zone.remove(entry.file)}>Drop {entry.file.name}</button>
          </li>
        ))}
      </ol>
      {zone.overflow.length > 0 && <p>{zone.overflow.length} over the limit</p>}
    </section>
  );
}

/** A browse button whose own click handler prevents the default. */
function Guarded() {
  const zone = useDocumentDropzone({ prepare: false });
  return (
    <div>
      <input {...zone.getInputProps()} />
      <button {...zone.getBrowseButtonProps({ onClick: (event) => event.preventDefault() })}>Browse</button>
    </div>
  );
}

function renderMine() {
  const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 'test-token' });
  return render(
    <DocumentsProvider client={client}>
      <MyDropzone />
    </DocumentsProvider>,
  );
}

describe('useDocumentDropzone with your own markup', () => {
  it('keeps the content check, the limit and the pickers', async () => {
    const user = userEvent.setup();
    renderMine();
    const input = screen.getByLabelText('Browse', { selector: 'input' });
    await user.upload(input, [jpeg('a.jpg'), fileOf([0x7f, 0x45, 0x4c, 0x46], 'b.jpg'), jpeg('c.jpg'), jpeg('d.jpg')]);
    await waitFor(() => expect(screen.getByText(/^a\.jpg/)).toHaveTextContent('a.jpg: accepted image/jpeg'));
    await waitFor(() => expect(screen.getByText(/^b\.jpg/)).toHaveTextContent('b.jpg: rejected unsupported-type'));
    expect(screen.getByText('1 over the limit')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Drop a.jpg' }));
    expect(screen.queryByText(/^a\.jpg/)).toBeNull();
  });

  it('opens the chooser from the browse button and the camera from the camera button', async () => {
    const user = userEvent.setup();
    renderMine();
    const clicked: string[] = [];
    const stop = new AbortController();
    for (const name of ['Browse', 'Camera']) {
      const input = screen.getByLabelText(name, { selector: 'input' });
      // No real dialog in a test: record the click and keep the picker shut.
      input.addEventListener('click', (event) => (event.preventDefault(), clicked.push(name)), { signal: stop.signal });
    }
    await user.click(screen.getByRole('button', { name: 'Browse' }));
    await user.click(screen.getByRole('button', { name: 'Camera' }));
    expect(clicked).toEqual(['Browse', 'Camera']);
    stop.abort();
    await user.upload(screen.getByLabelText('Camera', { selector: 'input' }), jpeg('photo.jpg'));
    expect(await screen.findByText(/photo\.jpg: accepted/)).toBeInTheDocument();
  });

  it("lets the user's preventDefault in a handler skip ours", async () => {
    const user = userEvent.setup();
    const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 'test-token' });
    render(
      <DocumentsProvider client={client}>
        <Guarded />
      </DocumentsProvider>,
    );
    let opened = false;
    screen.getByLabelText('Browse', { selector: 'input' }).addEventListener('click', (event) => {
      event.preventDefault();
      opened = true;
    });
    await user.click(screen.getByRole('button', { name: 'Browse' }));
    expect(opened).toBe(false);
  });
});
