import { readJsonText } from '../read-body.js';
import type { MewsRoute } from './fake-mews-types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a GUID string. */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** The id list field of each route and its documented maximum. */
export const ID_FIELDS: Readonly<Record<MewsRoute, { field: 'IdentityDocumentIds' | 'CustomerIds'; max: number }>> = {
  delete: { field: 'IdentityDocumentIds', max: 100 },
  clear: { field: 'CustomerIds', max: 10 },
};

/** How many ids the request carries (for the `too-heavy` fault), 0 when the field is not an array. */
export function idCount(route: MewsRoute, body: Record<string, unknown>): number {
  const ids = body[ID_FIELDS[route].field];
  return Array.isArray(ids) ? ids.length : 0;
}

/** A copy of a body fit for a test log: credential fields, and any string equal to a known secret, become `'***'`. */
export function redactBody(value: unknown, secrets: ReadonlySet<string>, depth = 0): unknown {
  if (typeof value === 'string') return secrets.has(value) ? '***' : value;
  if (depth > 20 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redactBody(item, secrets, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'ClientToken' || key === 'AccessToken' ? '***' : redactBody(item, secrets, depth + 1);
  }
  return copy;
}

/**
 * Reads a JSON object body: `undefined` when the content type or the text is not a JSON object, `'too-large'` past
 * the fakes' JSON body limit (not read further).
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | 'too-large' | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) return undefined;
  const text = await readJsonText(request);
  if (text === undefined) return 'too-large';
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
