/**
 * Resolves `path` against `baseUrl`, keeping any path prefix of `baseUrl`.
 * A missing trailing slash would make `new URL` drop the prefix's last segment, so one is ensured.
 */
export function resolveUrl(baseUrl: string, path: string): URL {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path, new URL(base, globalThis.location?.href));
}
