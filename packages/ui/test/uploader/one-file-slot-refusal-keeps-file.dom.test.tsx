import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fileOf, jpeg, renderUploader, setupFake, TYPES } from './uploader-fixtures.js';

const api = setupFake();
const ELF = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0];
const ID_CARD = TYPES.slice(1);

const front = () => screen.getByRole('group', { name: 'Front' });
const frontInput = () => screen.getAllByLabelText('Choose file', { selector: 'input' })[0]!;
const rowOf = (name: string) => within(front()).getByText(name).closest('li')!;

// A side of a two-sided type holds one file. A wrong second choice (too large, or not a document) must not cost the
// person the good file they already chose, nor stop its upload.
describe('a one-file slot given a file it refuses', () => {
  it('given a too large file, keeps the ready file beside the refusal, and uploads the ready one', async () => {
    const user = userEvent.setup();
    renderUploader({ types: ID_CARD, mode: 'manual', maxSize: 10_000 });
    await user.upload(frontInput(), jpeg('front.jpg'));
    await within(front()).findByText('Ready to upload');
    await user.upload(frontInput(), jpeg('panorama.jpg', 20_000));
    expect(within(rowOf('panorama.jpg')).getByText(/^Not added: too large/)).toBeInTheDocument();
    expect(within(rowOf('front.jpg')).getByText('Ready to upload')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Upload 1 file' }));
    await within(rowOf('front.jpg')).findByText('Uploaded');
    expect(api.documents()).toMatchObject([{ fileName: 'front.jpg', typeId: 2 }]);
  });

  it('given a file whose content is not a document, lets the upload under way finish', async () => {
    const user = userEvent.setup();
    api.inject('upload', { type: 'latency', ms: 400 });
    renderUploader({ types: ID_CARD });
    await user.upload(frontInput(), jpeg('front.jpg'));
    await waitFor(() => expect(api.requests.filter(({ route }) => route === 'upload')).toHaveLength(1));
    await user.upload(frontInput(), fileOf(ELF, 'front-again.jpg'));
    await within(rowOf('front-again.jpg')).findByText(/^Not added: its content is not a photo or PDF/);
    await within(rowOf('front.jpg')).findByText('Uploaded', {}, { timeout: 5000 });
    expect(api.documents().map(({ fileName }) => fileName)).toEqual(['front.jpg']);
  });

  it('given a good file after a refused one, replaces the old file with it and clears the refusal', async () => {
    const user = userEvent.setup();
    renderUploader({ types: ID_CARD, mode: 'manual', maxSize: 10_000 });
    await user.upload(frontInput(), jpeg('blurry.jpg'));
    await within(front()).findByText('Ready to upload');
    await user.upload(frontInput(), jpeg('panorama.jpg', 20_000));
    await user.upload(frontInput(), jpeg('sharp.jpg'));
    await waitFor(() => expect(within(front()).queryByText('blurry.jpg')).toBeNull());
    expect(within(front()).queryByText('panorama.jpg')).toBeNull();
    expect(within(rowOf('sharp.jpg')).getByText('Ready to upload')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload 1 file' })).toBeEnabled();
  });
});
