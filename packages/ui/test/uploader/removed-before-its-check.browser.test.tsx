import { DocumentsProvider } from '@iddocs/hooks';
import { createSamplePhoto } from '@iddocs/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DocumentUploader } from '../../src/index.js';
import { client, control } from './browser-fixtures.js';

// A drop is checked and prepared a few files at a time: the others wait in "Checking…". One removed while it waits
// must cost nothing more: its bytes are not read, its photo not prepared (a worker decoding 12 MP for nothing).

const chooseFile = () => screen.getByLabelText('Choose file', { selector: 'input' });
const rowOf = async (name: string) => (await screen.findByText(name, { selector: '[data-part="name"]' })).closest('li')!;
const HELD = ['held-1.jpg', 'held-2.jpg', 'held-3.jpg', 'held-4.jpg'];

/** Files handed to a preparation worker, by name. */
const postedNames = (posted: { mock: { calls: unknown[][] } }) => posted.mock.calls.map(([request]) => (request as { file?: File }).file?.name);

beforeEach(() => control('reset'));
afterEach(() => {
  vi.restoreAllMocks();
});

/** Holds the photos named in HELD: their worker never receives them, so they stay "Preparing…" and keep their places. */
function holdPreparation() {
  const post = Worker.prototype.postMessage;
  return vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    if (!HELD.includes((args[0] as { file?: File }).file?.name ?? '')) Reflect.apply(post, this, args);
  });
}

const renderUploader = () =>
  render(
    <DocumentsProvider client={client}>
      <DocumentUploader types={[{ id: 1, label: 'Passport' }]} mode="manual" />
    </DocumentsProvider>,
  );

/** Chooses the held photos and late.jpg after them, which then waits for a place. */
async function chooseHeldThenLate() {
  const photos = await Promise.all([...HELD, 'late.jpg'].map((name) => createSamplePhoto({ name })));
  await userEvent.upload(chooseFile(), photos);
  const late = await rowOf('late.jpg');
  await waitFor(() => expect(late).toHaveAttribute('data-state', 'checking'));
  return late;
}

/** Chooses after.jpg and waits until it is prepared: anything started before it has been handed to a worker by then. */
async function prepareOneMore() {
  await userEvent.upload(chooseFile(), await createSamplePhoto({ name: 'after.jpg' }));
  await waitFor(() => expect(screen.getByText('after.jpg', { selector: '[data-part="name"]' }).closest('li')).toHaveAttribute('data-state', 'ready'), { timeout: 10_000 });
}

it('given a file removed while it waits for its check, never prepares it', async () => {
  const posted = holdPreparation();
  renderUploader();
  const late = await chooseHeldThenLate();
  await userEvent.click(within(late).getByRole('button', { name: 'Remove late.jpg' }));
  // Their places free up: the check goes on to the files after them, of which none is left.
  for (const name of HELD) await userEvent.click(within(await rowOf(name)).getByRole('button', { name: `Remove ${name}` }));
  expect(screen.queryAllByRole('listitem')).toHaveLength(0);

  await prepareOneMore();
  expect(postedNames(posted)).toContain('after.jpg');
  expect(postedNames(posted)).not.toContain('late.jpg');
});

it('given the uploader gone while files wait for their check, prepares none of them', async () => {
  const posted = holdPreparation();
  const { unmount } = renderUploader();
  await chooseHeldThenLate();
  // Unmounting stops the held photos' work, which frees their places: the files after them must not start.
  unmount();
  renderUploader();
  await prepareOneMore();
  expect(postedNames(posted)).toContain('after.jpg');
  expect(postedNames(posted)).not.toContain('late.jpg');
});
