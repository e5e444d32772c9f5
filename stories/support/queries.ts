import type { FakeDocumentsApi } from '@iddocs/testing';
import { expect, waitFor } from 'storybook/test';
import type { within } from 'storybook/test';
import { loadedBackends } from '../../.storybook/story-context.js';

type Canvas = ReturnType<typeof within>;

/** The uploader's row of a file, found by the file's name. */
export async function fileRow(canvas: Canvas, name: string, timeout = 1_000): Promise<HTMLElement> {
  const text = await canvas.findByText(name, { selector: '[data-part="name"]' }, { timeout });
  const row = text.closest('li');
  if (!row) throw new Error(`No row around ${name}`);
  return row;
}

/**
 * A file row's state, as its `data-state` styling hook says: `checking`, `preparing` (metadata being removed),
 * `review` (quality hints: "Use anyway" or "Retake"), `ready`, `queued`, `pending`, `success`, `error` or `rejected`.
 */
export type FileState = 'checking' | 'preparing' | 'review' | 'ready' | 'queued' | 'pending' | 'success' | 'error' | 'rejected';

/** Waits until a file's row is in `state` (and visible). Photos are prepared (decoded, analysed) first: allow for it. */
export async function expectFileState(canvas: Canvas, name: string, state: FileState, timeout = 8_000): Promise<HTMLElement> {
  // A converted photo is renamed (IMG_0042.HEIC → IMG_0042.jpg) only once prepared: its row may appear late.
  const row = await fileRow(canvas, name, timeout);
  await waitFor(() => expect(row).toHaveAttribute('data-state', state), { timeout });
  await expect(row).toBeVisible();
  return row;
}

/** The requests the fake saw on the routes that send a file or create a document. */
export function uploadRequests(api: FakeDocumentsApi) {
  return api.requests.filter((request) => request.route === 'upload' || request.route === 'create');
}

/** The bytes the story's fake stored for the document named `name`, fetched back through the story's client as an app would. */
export async function storedBytes(context: { loaded: Record<string, unknown> }, name: string): Promise<Uint8Array> {
  const { client } = loadedBackends(context).backend;
  const document = (await client.list({ limit: 100 })).documents.find((candidate) => candidate.fileName === name);
  if (!document) throw new Error(`The fake holds no document named ${name}.`);
  return new Uint8Array(await (await client.getFile(document)).arrayBuffer());
}
