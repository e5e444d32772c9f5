import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createJpegBytes } from '@iddocs/testing';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { expect, inject } from 'vitest';
import { DocumentUploader, type DocumentUploaderProps } from '../../src/index.js';
import '../../src/styles.css';

export const apiUrl = inject('documentsApiUrl');

/** Calls the fake's control API (`reset`, `faults`). */
export async function control(path: string, body?: unknown) {
  const response = await fetch(`${apiUrl}/__fake/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  expect(response.ok).toBe(true);
}

/** A real client over HTTP to the fake, without retries so faults surface at once. */
export const client = createDocumentsClient({ baseUrl: apiUrl, getAccessToken: () => 'test-token', retry: false });

/** File names of the documents the fake now holds. */
export async function storedNames(): Promise<(string | undefined)[]> {
  return (await client.list({ limit: 100 })).documents.map((document) => document.fileName);
}

/** Renders the uploader in a padded page area, over the real client. */
export function renderUploader(props: Partial<DocumentUploaderProps> = {}) {
  return render(
    <DocumentsProvider client={client}>
      <div style={{ padding: 16, maxWidth: 640 }}>
        {/* These tests are about upload mechanics; their photos are tiny JPEGs padded to a size, which preparation
            would rightly trim (data after the image's end) and flag as too small. Preparation has its own tests. */}
        <DocumentUploader types={[{ id: 1, label: 'Passport' }]} prepare={false} {...props} />
      </div>
    </DocumentsProvider>,
  );
}

/** A real JPEG padded to `size` bytes (above the client's 1 KiB minimum). */
export function photo(name: string, size = 64 * 1024): File {
  const bytes = new Uint8Array(size);
  bytes.set(createJpegBytes({ width: 32, height: 20 }));
  return new File([bytes], name, { type: 'image/jpeg' });
}

/** A DataTransfer holding `files`, as a drag or a paste carries them. */
export function transferOf(files: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

/** Dispatches a real DragEvent of `type` carrying `transfer` on `target`. */
export function drag(target: Element, type: 'dragenter' | 'dragover' | 'drop' | 'dragleave', transfer: DataTransfer) {
  target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
}

/** Runs axe (colour contrast included: real layout and the stylesheet) and expects no violation. */
export async function expectAccessible(container: Element) {
  const { violations } = await axe.run(container);
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(', ')}`)).toEqual([]);
}
