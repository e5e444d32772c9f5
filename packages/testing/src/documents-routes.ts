import type { FakeDocument } from './fake-documents-types.js';
import { JSON_BODY_TOO_LARGE, readJsonText } from './read-body.js';
import { errorResponse } from './responses.js';
import { finished, json, type RouteContext, type RouteOutcome } from './route-outcome.js';

const INTEGER = /^\d+$/;

/** A document as answered: its file URL under the API's mount prefix. */
function present(doc: FakeDocument, context: RouteContext): FakeDocument {
  return context.prefix === '' ? doc : { ...doc, fileUrl: `${context.prefix}${doc.fileUrl}` };
}
const BODY_FIELDS = new Set(['file', 'typeId']);

function queryInteger(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = INTEGER.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  return `Query parameter "${name}" must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got "${raw}".`;
}

/** `GET /documents?limit=&offset=`: a bare array, newest first. */
export function listDocuments(url: URL, context: RouteContext): RouteOutcome {
  const limit = queryInteger(url, 'limit', 10, 1, 100);
  const offset = queryInteger(url, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (typeof limit === 'string') return finished(errorResponse('INVALID_QUERY', limit));
  if (typeof offset === 'string') return finished(errorResponse('INVALID_QUERY', offset));
  return json(200, context.store.list().slice(offset, offset + limit).map((doc) => present(doc, context)));
}

function documentId(id: string | undefined): number | undefined {
  return id !== undefined && INTEGER.test(id) ? Number(id) : undefined;
}

function notFound(id: string | undefined): RouteOutcome {
  return finished(errorResponse('NOT_FOUND', `Document "${id ?? ''}" was not found.`));
}

/** `GET /documents/{id}`. */
export function getDocument(id: string | undefined, context: RouteContext): RouteOutcome {
  const numeric = documentId(id);
  const doc = numeric === undefined ? undefined : context.store.get(numeric);
  return doc ? json(200, present(doc, context)) : notFound(id);
}

/** `DELETE /documents/{id}`: 204 without a body. */
export async function deleteDocument(id: string | undefined, context: RouteContext): Promise<RouteOutcome> {
  const numeric = documentId(id);
  if (numeric === undefined || !context.store.delete(numeric)) return notFound(id);
  await context.persist();
  return finished(new Response(null, { status: 204 }));
}

function parseTypeId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && INTEGER.test(value.trim())) return Number(value.trim());
  return undefined;
}

function invalid(code: Parameters<typeof errorResponse>[0], message: string): RouteOutcome {
  return finished(errorResponse(code, message));
}

/** `POST /documents` with `{ file, typeId }`: 201 and the new pending document. */
export async function createDocument(request: Request, context: RouteContext): Promise<RouteOutcome> {
  const contentType = request.headers.get('content-type') ?? '';
  // As the fake Mews and iDenfy: `application/json` itself, with parameters; not `application/json-patch+json` and the like.
  if (!/^application\/json\s*(;|$)/i.test(contentType.trim())) {
    return invalid('INVALID_CONTENT_TYPE', `Expected Content-Type application/json, got "${contentType || 'none'}".`);
  }
  const text = await readJsonText(request);
  if (text === undefined) return invalid('BODY_TOO_LARGE', JSON_BODY_TOO_LARGE);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid('INVALID_JSON', 'The request body is not valid JSON.');
  }
  context.record.body = body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('INVALID_BODY', 'The request body must be a JSON object like {"file": "<path>", "typeId": 1}.');
  }
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !BODY_FIELDS.has(key));
  if (unknown !== undefined) return invalid('UNKNOWN_FIELD', `Unknown field "${unknown}": only "file" and "typeId" are accepted.`);
  if (fields['file'] === undefined) return invalid('MISSING_FIELD', 'Field "file" is required: the path returned by the upload.');
  if (fields['typeId'] === undefined) return invalid('MISSING_FIELD', 'Field "typeId" is required.');
  const file = fields['file'];
  if (typeof file !== 'string' || file === '') return invalid('INVALID_FIELD', 'Field "file" must be a non-empty string path.');
  const typeId = parseTypeId(fields['typeId']);
  if (typeId === undefined) return invalid('INVALID_FIELD', 'Field "typeId" must be an integer.');
  if (!context.typeIds.includes(typeId)) {
    return invalid('UNKNOWN_DOCUMENT_TYPE', `Document type ${typeId} does not exist; known types: ${context.typeIds.join(', ')}.`);
  }
  if (!context.store.hasFile(file)) return invalid('UNKNOWN_FILE', `File "${file}" was not uploaded; upload it first.`);
  if (context.uniqueFiles && context.store.list().some((doc) => doc.file === file)) {
    return invalid('FILE_ALREADY_USED', `File "${file}" already has a document; upload the file again for another.`);
  }
  const doc = context.store.create(file, typeId);
  await context.persist();
  return doc ? json(201, present(doc, context)) : invalid('UNKNOWN_FILE', `File "${file}" was not uploaded; upload it first.`);
}
