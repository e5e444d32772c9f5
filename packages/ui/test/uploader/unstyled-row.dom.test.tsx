import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fileOf, jpeg, pdf, renderUploader, setupFake } from './uploader-fixtures.js';

setupFake();

// These tests load no CSS, as a page that brings its own styles: the text of a row must read apart by itself.

describe('DocumentUploader without its stylesheet', () => {
  it("separates a file's preview, name, size, state and actions with spaces", async () => {
    const user = userEvent.setup();
    renderUploader({ mode: 'manual' });
    await user.upload(screen.getByLabelText('Choose file', { selector: 'input' }), [jpeg('passport-scan.jpg'), pdf('bill.pdf'), fileOf([], 'empty.jpg', 0)]);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    const [scan, bill, empty] = screen.getAllByRole('listitem');
    // Spaces collapsed, as a browser shows them.
    await waitFor(() => expect(scan).toHaveTextContent(/^passport-scan\.jpg 4\.1 kB Ready to upload Remove$/));
    // A PDF has no thumbnail: its kind stands in the preview box, apart from its name too.
    await waitFor(() => expect(bill).toHaveTextContent(/^pdf bill\.pdf 4\.1 kB Ready to upload Remove$/));
    await waitFor(() => expect(empty).toHaveTextContent(/^empty\.jpg 0 bytes Not added: the file is empty\. Remove$/));
  });

  it("leaves out react-dropzone's English label of the hidden file input", () => {
    renderUploader();
    const input = screen.getByLabelText('Choose file', { selector: 'input' });
    expect(input).not.toHaveAttribute('aria-label');
  });
});
