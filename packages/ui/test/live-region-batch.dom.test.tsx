import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { LiveRegion, useAnnounce, useDocumentDropzone } from '../src/index.js';
import { jpeg } from './uploader/uploader-fixtures.js';

/** A button that says each of `texts` through the nearest live region, one call each, in one click. */
function SayAll({ texts }: { texts: string[] }) {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => texts.forEach((text) => announce(text))}>
      Say {texts.length}
    </button>
  );
}

/** A team's own dropzone of one file that announces every refusal itself, from `onReject`. */
function AnnouncingDropzone() {
  const announce = useAnnounce();
  const zone = useDocumentDropzone({ maxFiles: 2, prepare: false, onReject: (file, reason) => announce(`${file.name}: ${reason}.`) });
  return (
    <div {...zone.getRootProps()}>
      <input {...zone.getInputProps()} />
      <button {...zone.getBrowseButtonProps()}>Browse</button>
    </div>
  );
}

describe('LiveRegion given several messages at once', () => {
  it('reads the messages of one task together, in order; a later message replaces them (also in StrictMode, which renders twice)', () => {
    render(
      <StrictMode>
        <LiveRegion>
          <SayAll texts={['a.jpg: Not added.', 'b.jpg: Not added.', 'c.jpg: Not added.', 'd.jpg: Not added.']} />
          <SayAll texts={['e.jpg: Uploaded']} />
        </LiveRegion>
      </StrictMode>,
    );
    const region = screen.getByRole('status');
    fireEvent.click(screen.getByRole('button', { name: 'Say 4' }));
    expect(region.textContent).toBe('a.jpg: Not added. b.jpg: Not added. c.jpg: Not added. d.jpg: Not added.');
    fireEvent.click(screen.getByRole('button', { name: 'Say 1' }));
    expect(region.textContent).toBe('e.jpg: Uploaded');
    fireEvent.click(screen.getByRole('button', { name: 'Say 1' }));
    expect(region.textContent).toBe('e.jpg: Uploaded\u00a0');
  });

  it('keeps every refusal a dropzone announces from onReject for files dropped together', async () => {
    const user = userEvent.setup();
    const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 'test-token' });
    render(
      <DocumentsProvider client={client}>
        <LiveRegion>
          <AnnouncingDropzone />
        </LiveRegion>
      </DocumentsProvider>,
    );
    const files = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg', 'f.jpg'].map((name) => jpeg(name));
    await user.upload(screen.getByLabelText('Browse', { selector: 'input' }), files);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('c.jpg: too-many. d.jpg: too-many. e.jpg: too-many. f.jpg: too-many.'));
  });
});
