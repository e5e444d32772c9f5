import type { Document } from './document.js';
import { mapDocumentStatus } from './map-document-status.js';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value !== '');
}

function firstNumber(...values: unknown[]): number | undefined {
  return values.find((value): value is number => typeof value === 'number' && Number.isFinite(value));
}

function firstId(...values: unknown[]): string | number | undefined {
  return values.find(
    (value): value is string | number => (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)),
  );
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function lastSegment(path: string): string | undefined {
  const segment = path.split(/[?#]/, 1)[0]?.split('/').pop();
  return segment === undefined || segment === '' ? undefined : decodeURIComponent(segment);
}

/**
 * Parses one document tolerantly: only `id` (string or number) is required; everything else is mapped when
 * present and kept verbatim in `raw`. Returns `undefined` for anything that is not a document.
 */
export function parseDocument(value: unknown): Document | undefined {
  if (!isRecord(value)) return undefined;
  const id = firstId(value['id']);
  if (id === undefined) return undefined;

  const type = isRecord(value['type']) ? value['type'] : {};
  const rawStatus = firstString(value['status']);
  const file = firstString(value['file']);
  const document: Document = { id: String(id), status: mapDocumentStatus(rawStatus), raw: { ...value } };

  const fields: Partial<Record<Exclude<keyof Document, 'id' | 'status' | 'raw'>, unknown>> = {
    rawStatus,
    typeId: firstId(value['typeId'], value['typeID'], type['id']),
    typeName: firstString(type['name'], value['typeName'], typeof value['type'] === 'string' ? value['type'] : undefined),
    file,
    fileName: firstString(value['fileName'], value['name']) ?? (file === undefined ? undefined : lastSegment(file)),
    fileUrl: firstString(value['fileUrl'], value['url']) ?? (file !== undefined && isUrl(file) ? file : undefined),
    mimeType: firstString(value['mimeType'], value['contentType']),
    size: firstNumber(value['size'], value['fileSize']),
    rejectionReason: firstString(value['rejectionReason'], value['reason'], value['comment']),
    createTime: firstString(value['createTime'], value['createdAt']),
    updateTime: firstString(value['updateTime'], value['updatedAt']),
  };
  for (const [key, field] of Object.entries(fields)) {
    if (field !== undefined) Object.assign(document, { [key]: field });
  }
  return document;
}

/** Unwraps a single document that may come bare or as `{data: {...}}`. */
export function parseDocumentResponse(value: unknown): Document | undefined {
  return parseDocument(value) ?? (isRecord(value) ? parseDocument(value['data']) : undefined);
}
