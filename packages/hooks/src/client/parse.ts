import type { Document, DocumentPage, DocumentStatus } from './document.js';

/** The value at a dotted `path` of `value`, or `undefined` wherever the path breaks off. */
export function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | null | undefined)?.[key], value);
}

/**
 * The first value at one of the space-separated `paths` that is a non-empty string or a finite number
 * and whose `typeof` is named in `types`; `undefined` when there is none.
 */
export function pick(value: unknown, paths: string, types = 'string'): string | number | undefined {
  for (const path of paths.split(' ')) {
    const found = at(value, path);
    if (types.includes(typeof found) && (typeof found === 'string' ? found !== '' : Number.isFinite(found))) return found as string | number;
  }
  return undefined;
}

// Each entry `field:wire paths[:types]`, read with `pick`; `$name` and `$url` are derived from `file` below.
const FIELDS =
  'rawStatus:status|typeId:typeId typeID type.id:string number|typeName:type.name typeName type|file:file|' +
  'fileName:fileName name $name|fileUrl:fileUrl url $url|mimeType:mimeType contentType|size:size fileSize:number|' +
  'rejectionReason:rejectionReason reason comment|createTime:createTime createdAt|updateTime:updateTime updatedAt';

// Each entry: a status, then the wire values that mean it; anything else is `in_review`.
const STATUSES = ['pending new uploaded submitted', 'approved verified accepted', 'rejected declined denied'];

/** The file name at the end of a path or URL, percent-decoded where that is valid ("scan 100%.jpg" stays as it is). */
function lastSegment(file: string): string {
  const name = file.replace(/[?#].*/s, '').replace(/.*\//s, '');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Parses one document tolerantly: only `id` (string or number) is required; everything else is mapped when
 * present and kept verbatim in `raw`. Returns `undefined` for anything that is not a document.
 */
export function parseDocument(value: unknown): Document | undefined {
  const id = pick(value, 'id', 'string number');
  if (id === undefined) return undefined;
  const file = pick(value, 'file') as string | undefined;
  const view = {
    ...(value as object),
    $name: file && lastSegment(file),
    $url: file && /^https?:\/\//i.test(file) ? file : undefined,
  };
  const document: Record<string, unknown> = { id: String(id), raw: { ...(value as object) } };
  for (const field of FIELDS.split('|')) {
    const [key = '', paths = '', types] = field.split(':');
    const found = pick(view, paths, types);
    if (found !== undefined) document[key] = found;
  }
  const wire = String(document['rawStatus'] ?? '').trim().toLowerCase();
  document['status'] = STATUSES.find((words) => words.split(' ').includes(wire))?.split(' ')[0] ?? ('in_review' satisfies DocumentStatus);
  return document as unknown as Document;
}

/** Unwraps a single document that may come bare or as `{data: {...}}`. */
export function parseDocumentResponse(json: unknown): Document | undefined {
  return parseDocument(json) ?? parseDocument(at(json, 'data'));
}

/** Parses a list answer: a bare array, or `{data|items: [...], total?}`; `undefined` for anything else or an item without id. */
export function parseDocumentPage(json: unknown, limit: number, offset: number): DocumentPage | undefined {
  const documents = ([json, at(json, 'data'), at(json, 'items')].find(Array.isArray) as unknown[] | undefined)?.map(parseDocument);
  if (documents === undefined || documents.includes(undefined)) return undefined;
  const total = pick(json, 'total', 'number') as number | undefined;
  return {
    documents: documents as Document[],
    limit,
    offset,
    hasMore: total === undefined ? documents.length === limit : offset + documents.length < total,
    ...(total === undefined ? {} : { total }),
  };
}
