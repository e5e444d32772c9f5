import { DocumentsProvider } from '@iddocs/hooks';
import { createSamplePhoto } from '@iddocs/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentUploader } from '../../src/index.js';
import { client, control } from './browser-fixtures.js';

beforeEach(() => control('reset'));

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });

/** Counts the openings of a native file picker a test cannot drive, and keeps it shut. */
function countOpenings(input: HTMLElement) {
  const opened = { count: 0 };
  input.addEventListener('click', (event) => {
    opened.count += 1;
    event.preventDefault();
  });
  return opened;
}

it('given camera={false}, "Retake" should open the file chooser: there is no camera input to open', async () => {
  render(
    <DocumentsProvider client={client}>
      <DocumentUploader types={[{ id: 1, label: 'Passport' }]} camera={false} />
    </DocumentsProvider>,
  );
  expect(screen.queryByLabelText('Take a photo')).toBeNull();
  await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'retake-me.jpg', degrade: 'blur' }));
  const row = (await screen.findByText('retake-me.jpg', { selector: '[data-part="name"]' })).closest('li')!;
  await waitFor(() => expect(row).toHaveAttribute('data-state', 'review'), { timeout: 10_000 });
  const opened = countOpenings(chooseFile());
  await userEvent.click(within(row).getByRole('button', { name: 'Retake retake-me.jpg' }));
  await waitFor(() => expect(screen.queryByText('retake-me.jpg')).not.toBeInTheDocument());
  expect(opened.count).toBe(1);
});
