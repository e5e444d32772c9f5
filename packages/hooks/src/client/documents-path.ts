/** Path of the documents collection, relative to `baseUrl`. */
export const DOCUMENTS_PATH = 'api/v2/my/documents';

/** Path of one document, relative to `baseUrl`. */
export function documentPath(id: string): string {
  return `${DOCUMENTS_PATH}/${encodeURIComponent(id)}`;
}
