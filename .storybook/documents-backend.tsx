import { createContext, useContext, type ReactNode } from 'react';
import { createDocumentsClient, createDocumentsStore, DocumentsProvider, type DocumentsClient, type DocumentsClientOptions, type DocumentsStore, type UploadFunction } from '@iddocs/hooks';
import { createFakeDocumentsApi, type DocumentsRoute, type FakeDocumentSeed, type FakeDocumentsApi, type Fault } from '@iddocs/testing';
import { createDocumentsHandlers } from '@iddocs/testing/msw';
import type { HttpHandler } from 'msw';

/** A fault to inject into a story's fake before it renders. */
export interface StoryFault {
  route: DocumentsRoute | '*';
  fault: Fault;
  /** How many matching requests it applies to. Default 1. */
  times?: number;
}

/** `parameters.documents`: how the story's fake documents API starts. */
export interface DocumentsParameters {
  /** Seed documents, or `false` for an empty account. Default: the fake's seed (every status). */
  seed?: readonly FakeDocumentSeed[] | false;
  /** Faults injected before the first render. */
  faults?: readonly StoryFault[];
  /** A custom upload step for the client (only for states the real uploader cannot hold still). */
  upload?: DocumentsClientOptions['upload'];
  /** A custom upload step made for this fake's base URL (a step that sends some files to it for real), instead of `upload`. */
  makeUpload?: (baseUrl: string) => UploadFunction;
}

/** One fake documents API reached through MSW, with the client and a fresh cache that talk to it. */
export interface StoryBackend {
  api: FakeDocumentsApi;
  client: DocumentsClient;
  store: DocumentsStore;
  handlers: HttpHandler[];
}

/** Fixed clock, so seeded dates (and so screenshots) never change. */
const NOW = new Date('2025-05-14T09:30:00Z');

/** Every fake lives under its own path of the page's own origin, so several can run side by side. */
function baseUrlFor(name: string): string {
  return new URL(`/fake-documents/${encodeURIComponent(name)}`, globalThis.location.origin).href;
}

/** Creates a fresh fake, client and store for one story (or one cell of a grid story). */
export function createStoryBackend(name: string, parameters: DocumentsParameters = {}): StoryBackend {
  const api = createFakeDocumentsApi({ now: () => NOW, ...(parameters.seed !== undefined && { seed: parameters.seed }) });
  for (const { route, fault, times } of parameters.faults ?? []) api.inject(route, fault, { times: times ?? 1 });
  const baseUrl = baseUrlFor(name);
  const upload = parameters.makeUpload?.(baseUrl) ?? parameters.upload;
  const client = createDocumentsClient({
    baseUrl,
    getAccessToken: () => 'test-token',
    retry: false,
    ...(upload !== undefined && { upload }),
  });
  // No refetch on focus: switching to the Storybook manager must not change what the story shows.
  const store = createDocumentsStore(client, { refetchOnWindowFocus: false, refetchOnReconnect: false });
  return { api, client, store, handlers: createDocumentsHandlers(api, { baseUrl }) };
}

/** A `DocumentsProvider` over a story backend. */
export function BackendProvider({ backend, children }: { backend: StoryBackend; children: ReactNode }) {
  return (
    <DocumentsProvider client={backend.client} store={backend.store}>
      {children}
    </DocumentsProvider>
  );
}

/** The story's extra backends (`parameters.backends`), for stories that render several providers. */
export const NamedBackendsContext = createContext<Readonly<Record<string, StoryBackend>>>({});

/** A `DocumentsProvider` over one of the story's extra backends, by name. */
export function NamedBackendProvider({ name, children }: { name: string; children: ReactNode }) {
  const backend = useContext(NamedBackendsContext)[name];
  if (!backend) throw new Error(`No backend "${name}" in parameters.backends.`);
  return <BackendProvider backend={backend}>{children}</BackendProvider>;
}
