import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { fileOf, renderUploader, setupFake } from './uploader-fixtures.js';
import { createJpegBytes } from '@iddocs/testing';

setupFake();

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });

it('offers in its file picker the kinds the content check takes, HEIC by extension too', () => {
  renderUploader();
  expect(chooseFile()).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,application/pdf');
});

it("follows the client's file rules: a client that takes PDFs only offers PDFs", () => {
  renderUploader({}, { accept: ['application/pdf'] });
  expect(chooseFile()).toHaveAttribute('accept', 'application/pdf');
});

it('still judges a chosen file by its content, not by a name or type the picker would have hidden', async () => {
  // "All files" in the picker, or a system that knows no type for the name: the bytes decide.
  const user = userEvent.setup({ applyAccept: false });
  renderUploader({ mode: 'manual' });
  await user.upload(chooseFile(), [fileOf(createJpegBytes(), 'scan-0042', 4096, ''), fileOf([0x7f, 0x45, 0x4c, 0x46], 'photo.jpg')]);
  expect(within((await screen.findByText('scan-0042')).closest('li')!).getByText('Ready to upload')).toBeInTheDocument();
  expect(within(screen.getByText('photo.jpg').closest('li')!).getByText(/^Not added: its content is not a photo or PDF/)).toBeInTheDocument();
});
