/** Page size a list query uses when none is given (the API's own default). */
export const DEFAULT_LIST_LIMIT = 10;

/** Start parameters of a list query: the first page's size and offset. */
export interface ListParams {
  /** Page size. */
  readonly limit: number;
  /** Index of the first document of the first page. */
  readonly offset: number;
}

/** Cache key of a list query (all pages loaded from these start params). */
export type DocumentsListKey = readonly ['documents', ListParams];

/** Cache key of one document by id. */
export type DocumentKey = readonly ['document', string];

/** Any key the documents store caches under. */
export type DocumentsQueryKey = DocumentsListKey | DocumentKey;

/**
 * Key of a list query; missing params take the API defaults.
 * @example store.getSnapshot(documentsListKey({ limit: 20 }))
 */
export function documentsListKey(params: { limit?: number; offset?: number } = {}): DocumentsListKey {
  return ['documents', { limit: params.limit ?? DEFAULT_LIST_LIMIT, offset: params.offset ?? 0 }];
}

/**
 * Key of one document.
 * @example store.getSnapshot(documentKey('42'))
 */
export function documentKey(id: string): DocumentKey {
  return ['document', id];
}

/** A string that equal keys share, used to index entries. */
export function hashQueryKey(key: DocumentsQueryKey): string {
  return key[0] === 'documents' ? `documents:${key[1].limit}:${key[1].offset}` : `document:${key[1]}`;
}
