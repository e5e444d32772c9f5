import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect, it, vi } from 'vitest';
import { useDocumentDropzone } from '../../src/index.js';
import { jpeg } from './uploader-fixtures.js';

/** A team's own markup: the files it hands to `add` (an app's own code, say) are given as a prop. */
function Zone({ files, onAccept }: { files: File[]; onAccept: (file: File) => void }) {
  const zone = useDocumentDropzone({ prepare: false, onAccept });
  return (
    <>
      <button type="button" onClick={() => zone.add(files)}>
        Add
      </button>
      <ol>
        {zone.files.map((entry) => (
          <li key={entry.id}>
            {entry.file.name}: {entry.state}
          </li>
        ))}
      </ol>
    </>
  );
}

const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 'test-token' });
const wrapper = ({ children }: { children: ReactNode }) => <DocumentsProvider client={client}>{children}</DocumentsProvider>;
const rows = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

it('given a file it already holds, added again, keeps it once and accepts it once', async () => {
  const user = userEvent.setup();
  const onAccept = vi.fn();
  const file = jpeg('passport.jpg');
  const { rerender } = render(<Zone files={[file]} onAccept={onAccept} />, { wrapper });
  await user.click(screen.getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(rows()).toEqual(['passport.jpg: accepted']));
  rerender(<Zone files={[file, jpeg('visa.jpg')]} onAccept={onAccept} />);
  await user.click(screen.getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(rows()).toEqual(['passport.jpg: accepted', 'visa.jpg: accepted']));
  expect(onAccept.mock.calls.map(([accepted]) => (accepted as File).name)).toEqual(['passport.jpg', 'visa.jpg']);
});
