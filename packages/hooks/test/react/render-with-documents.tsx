import { File as NodeFile } from 'node:buffer';
import { createJpegBytes } from '@iddocs/testing';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createDocumentsStore, type DocumentsStore, type DocumentsStoreOptions } from '../../src/cache/documents-store.js';
import type { DocumentsClient, UploadFunction } from '../../src/client/client-types.js';
import { DocumentsProvider } from '../../src/react/documents-provider.js';
import { createTestClient } from '../cache/fake-documents-server.js';
import { nodeFetchUpload } from './node-fetch-upload.js';

/** How a test sets up the provider. */
export interface DocumentsTestOptions {
  /** Store options; without them the provider creates its own store. */
  storeOptions?: DocumentsStoreOptions;
  /** Render inside `<StrictMode>`. */
  strict?: boolean;
  /** The client's upload step. Default {@link nodeFetchUpload}. */
  upload?: UploadFunction;
}

function setup({ storeOptions, upload = nodeFetchUpload }: DocumentsTestOptions) {
  const client: DocumentsClient = createTestClient({ upload });
  const store: DocumentsStore | undefined = storeOptions && createDocumentsStore(client, storeOptions);
  const wrapper = ({ children }: { children: ReactNode }) =>
    store ? <DocumentsProvider client={client} store={store}>{children}</DocumentsProvider> : <DocumentsProvider client={client}>{children}</DocumentsProvider>;
  return { client, store, wrapper };
}

/** Renders `ui` inside a `DocumentsProvider` over a real client that MSW routes into the fake. */
export function renderWithDocuments(ui: ReactNode, options: DocumentsTestOptions = {}) {
  const { wrapper, store } = setup(options);
  const renderOptions: RenderOptions = { wrapper, reactStrictMode: options.strict ?? false };
  return { ...render(ui, renderOptions), store };
}

/** Renders a hook inside a `DocumentsProvider` over a real client that MSW routes into the fake. */
export function renderDocumentsHook<Result>(hook: () => Result, options: DocumentsTestOptions = {}) {
  const { wrapper, store } = setup(options);
  return { ...renderHook(hook, { wrapper, reactStrictMode: options.strict ?? false }), store };
}

/** A valid JPEG of `size` bytes as a `node:buffer` File (jsdom's File can't be read by Node's fetch). */
export function jpegFile(name = 'scan.jpg', size = 8192): Blob {
  const bytes = new Uint8Array(size);
  bytes.set(createJpegBytes());
  return new NodeFile([bytes], name, { type: 'image/jpeg' }) as unknown as Blob;
}
