import type { DocumentPage } from './document.js';
import { DocumentsError } from './documents-error.js';
import { parseDocument } from './parse-document.js';

function readEnvelope(json: unknown): { items: unknown[]; total: number | undefined } | undefined {
  if (Array.isArray(json)) return { items: json, total: undefined };
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const items = Array.isArray(record['data']) ? record['data'] : Array.isArray(record['items']) ? record['items'] : undefined;
  if (items === undefined) return undefined;
  const total = record['total'];
  return { items, total: typeof total === 'number' && Number.isFinite(total) ? total : undefined };
}

/** Parses a list answer: a bare array, or `{data|items: [...], total?}`; anything else rejects with `INVALID_RESPONSE`. */
export function parseDocumentPage(json: unknown, request: { limit: number; offset: number }, label: string): DocumentPage {
  const envelope = readEnvelope(json);
  if (envelope === undefined) {
    throw new DocumentsError('INVALID_RESPONSE', `${label} failed: expected a list of documents, got ${describe(json)}. Check baseUrl.`);
  }
  const documents = envelope.items.map((item, index) => {
    const document = parseDocument(item);
    if (document === undefined) {
      throw new DocumentsError('INVALID_RESPONSE', `${label} failed: item ${index} of the list has no id. Check baseUrl.`);
    }
    return document;
  });
  const { total } = envelope;
  const hasMore = total === undefined ? documents.length === request.limit : request.offset + documents.length < total;
  return { documents, limit: request.limit, offset: request.offset, hasMore, ...(total === undefined ? {} : { total }) };
}

function describe(json: unknown): string {
  if (json === null) return 'null';
  if (typeof json === 'object') return 'an object without a data or items array';
  return `a ${typeof json}`;
}
