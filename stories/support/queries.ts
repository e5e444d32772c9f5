import type { FakeDocumentsApi } from '@iddocs/testing';
import { expect, waitFor } from 'storybook/test';
import type { within } from 'storybook/test';


type Canvas = ReturnType<typeof within>;

/** The uploader's row of a file, found by the file's name. */
export async function fileRow(canvas: Canvas, name: string): Promise<HTMLElement> {
  const text = await canvas.findByText(name, { selector: '[data-part="name"]' });
  const row = text.closest('li');
  if (!row) throw new Error(`No row around ${name}`);
  return row;
}

/** A file row's state, as its `data-state` styling hook says: `checking`, `ready`, `queued`, `pending`, `success`, `error` or `rejected`. */
export type FileState = 'checking' | 'ready' | 'queued' | 'pending' | 'success' | 'error' | 'rejected';

/** Waits until a file's row is in `state` (and visible). */
export async function expectFileState(canvas: Canvas, name: string, state: FileState, timeout = 5_000): Promise<HTMLElement> {
  const row = await fileRow(canvas, name);
  await waitFor(() => expect(row).toHaveAttribute('data-state', state), { timeout });
  await expect(row).toBeVisible();
  return row;
}

/** The requests the fake saw on the routes that send a file or create a document. */
export function uploadRequests(api: FakeDocumentsApi) {
  return api.requests.filter((request) => request.route === 'upload' || request.route === 'create');
}
