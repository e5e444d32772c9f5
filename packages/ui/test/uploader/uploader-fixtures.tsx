import { createDocumentsClient, DocumentsProvider, type FileRules } from '@iddocs/hooks';
import { createFakeDocumentsApi, createJpegBytes, createPdfBytes } from '@iddocs/testing';
import { createDocumentsHandlers, createStreamingUpload } from '@iddocs/testing/msw';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DocumentUploader, type DocumentType, type DocumentUploaderProps } from '../../src/index.js';

export { recordAnnouncements, saidAbout } from './announcements.js';

/** Passport (one side) and ID card (front and back, the back with its own type id). */
export const TYPES: DocumentType[] = [
  { id: 1, label: 'Passport' },
  { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back', typeId: 3 }] },
];

/** A fake documents API behind MSW for the file's tests, reset after each. */
export function setupFake() {
  const api = createFakeDocumentsApi({ seed: false });
  const server = setupServer(...createDocumentsHandlers(api, { baseUrl: 'http://api.test' }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => api.reset());
  afterAll(() => server.close());
  return api;
}

/** Renders the uploader inside a provider over a real client whose requests MSW routes into the fake. */
export function renderUploader(props: Partial<DocumentUploaderProps> = {}, files?: FileRules) {
  const client = createDocumentsClient({
    baseUrl: 'http://api.test',
    getAccessToken: () => 'test-token',
    retry: false,
    // jsdom's XHR can't carry a file to MSW: the same multipart body goes up with fetch, as a stream.
    upload: createStreamingUpload({ baseUrl: 'http://api.test' }),
    ...(files && { files }),
  });
  return render(<Uploader {...props} />, {
    wrapper: ({ children }) => <DocumentsProvider client={client}>{children}</DocumentsProvider>,
  });
}

/**
 * The uploader as `renderUploader` shows it, for `rerender` inside the same provider. jsdom cannot decode images,
 * and these files are headers padded with zeros: photo preparation is tested in Chromium.
 */
export function Uploader(props: Partial<DocumentUploaderProps>) {
  return <DocumentUploader types={TYPES.slice(0, 1)} prepare={false} {...props} />;
}

/** `header` padded with zeros to `size` bytes, as a File named `name`. */
export function fileOf(header: Uint8Array | readonly number[], name: string, size = 4096, type = 'image/jpeg'): File {
  const bytes = new Uint8Array(Math.max(size, header.length));
  bytes.set(header);
  return new File([bytes], name, { type });
}

/** A valid JPEG. */
export const jpeg = (name = 'scan.jpg', size = 4096) => fileOf(createJpegBytes(), name, size);
/** A valid PDF. */
export const pdf = (name = 'bill.pdf', size = 4096) => fileOf(createPdfBytes(), name, size, 'application/pdf');

/** Runs axe on `container` and expects no violation (contrast needs real layout: the browser tests check it). */
export async function expectAccessible(container: Element) {
  const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(', ')}`)).toEqual([]);
}
