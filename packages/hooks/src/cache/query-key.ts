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
 * Key of a list query; missing params take the API defaults (10 per page from 0).
 * @example store.getSnapshot(documentsListKey({ limit: 20 }))
 */
export function documentsListKey({ limit = 10, offset = 0 }: { limit?: number | undefined; offset?: number | undefined } = {}): DocumentsListKey {
  return ['documents', { limit, offset }];
}

/**
 * Key of one document.
 * @example store.getSnapshot(documentKey('42'))
 */
export function documentKey(id: string): DocumentKey {
  return ['document', id];
}

/** A string that equal keys share, used to index entries (`document:` and `documents:` never collide). */
export function hashQueryKey([kind, params]: DocumentsQueryKey): string {
  return `${kind}:${typeof params === 'string' ? params : `${params.limit}:${params.offset}`}`;
}
