import type { UploadEndpointOptions } from './client-types.js';
import type { UploadEndpoint } from './client-context.js';

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Default path reader: `path`, then `file`, then `data.path` (strings only). */
export function defaultGetPath(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const data = record['data'];
  return (
    stringOf(record['path']) ??
    stringOf(record['file']) ??
    (typeof data === 'object' && data !== null ? stringOf((data as Record<string, unknown>)['path']) : undefined)
  );
}

/** Fills in the defaults of the upload endpoint: `POST api/v2/my/files`, field `file`. */
export function resolveUploadEndpoint(options: UploadEndpointOptions = {}): UploadEndpoint {
  return {
    url: options.url ?? 'api/v2/my/files',
    fieldName: options.fieldName ?? 'file',
    fields: options.fields ?? {},
    getPath: options.getPath ?? defaultGetPath,
  };
}
