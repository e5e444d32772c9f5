import type { StoryBackend, DocumentsParameters } from './documents-backend.js';

/** What the project loader puts in `context.loaded`. */
export interface LoadedBackends {
  /** The story's own fake (from `parameters.documents`). */
  backend: StoryBackend;
  /** Extra fakes by name (from `parameters.backends`), for grid stories. */
  backends: Record<string, StoryBackend>;
}

/** The `parameters` keys the documents decorator reads. */
export interface BackendParameters {
  documents?: DocumentsParameters;
  /** Extra, independent fakes for stories that show several states side by side. */
  backends?: Record<string, DocumentsParameters>;
  /** `false`: render without the default provider (the story provides its own). */
  documentsProvider?: boolean;
}

function isLoadedBackends(value: unknown): value is LoadedBackends {
  return typeof value === 'object' && value !== null && 'backend' in value && 'backends' in value;
}

/** The story's backends, from a story context (play functions, decorators, render functions). */
export function loadedBackends(context: { loaded: Record<string, unknown> }): LoadedBackends {
  const loaded = context.loaded['iddocs'];
  if (!isLoadedBackends(loaded)) throw new Error('The documents loader did not run: is .storybook/preview.tsx applied?');
  return loaded;
}

/** The story's fake documents API, for assertions on `requests` and `documents()` in play functions. */
export function fakeApi(context: { loaded: Record<string, unknown> }) {
  return loadedBackends(context).backend.api;
}
