import type { DocumentsRoute } from './fake-documents-types.js';

/** Where a request path lands in the documents API. */
export type RouteMatch =
  | { kind: 'route'; route: DocumentsRoute; id?: string; prefix: string }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'preflight'; allow: string }
  | { kind: 'unknown' };

const PATTERN = /^(.*?)\/api\/v2\/my\/(documents|files)(?:\/([^/]+))?$/;

const ROUTES: Record<string, Partial<Record<string, DocumentsRoute>>> = {
  documents: { GET: 'list', POST: 'create' },
  'documents/:id': { GET: 'get', DELETE: 'delete' },
  files: { POST: 'upload' },
  'files/:id': { GET: 'file' },
};

/** Matches `{any prefix}/api/v2/my/{documents|files}[/{id}]` by pathname and method. */
export function matchDocumentsRoute(method: string, pathname: string): RouteMatch {
  const match = PATTERN.exec(pathname);
  if (!match) return { kind: 'unknown' };
  const [, prefix = '', collection = '', rawId] = match;
  const methods = ROUTES[rawId === undefined ? collection : `${collection}/:id`] ?? {};
  const allow = [...Object.keys(methods), 'OPTIONS'].join(', ');
  if (method === 'OPTIONS') return { kind: 'preflight', allow };
  const route = methods[method];
  if (route === undefined) return { kind: 'method-not-allowed', allow };
  return rawId === undefined ? { kind: 'route', route, prefix } : { kind: 'route', route, id: safeDecode(rawId), prefix };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
