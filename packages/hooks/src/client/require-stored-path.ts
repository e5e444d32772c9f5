import { DocumentsError } from './documents-error.js';

/** Accepts only a non-empty string as the stored path of an upload; anything else is `INVALID_RESPONSE`. */
export function requireStoredPath(path: unknown, label: string): string {
  if (typeof path === 'string' && path.trim() !== '') return path;
  const got = path === undefined ? 'nothing' : JSON.stringify(path) ?? typeof path;
  throw new DocumentsError(
    'INVALID_RESPONSE',
    `${label} did not give a stored file path (got ${got}). Set upload.getPath to read the path out of the upload response.`,
  );
}
