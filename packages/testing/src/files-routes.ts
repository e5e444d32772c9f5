import { readBody } from './read-body.js';
import { errorResponse } from './responses.js';
import { finished, json, type RouteContext, type RouteOutcome } from './route-outcome.js';
import { sniffFileKind } from './sniff-file-kind.js';

/** Room for multipart boundaries and part headers on top of the file itself. */
const MULTIPART_ALLOWANCE = 16 * 1024;

function tooLarge(limit: number): RouteOutcome {
  return finished(errorResponse('FILE_TOO_LARGE', `The file is larger than the ${limit} bytes allowed.`));
}

/** `POST /files` (multipart, field `file`): 201 `{ path, url, size, mimeType }`. */
export async function uploadFile(request: Request, context: RouteContext): Promise<RouteOutcome> {
  const limit = context.maxUploadBytes;
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    return finished(errorResponse('INVALID_CONTENT_TYPE', `Expected multipart/form-data, got "${contentType || 'none'}".`));
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit + MULTIPART_ALLOWANCE) return tooLarge(limit);
  const read = await readBody(request, { limit: limit + MULTIPART_ALLOWANCE });
  if (read.kind === 'too-large') return tooLarge(limit);
  let form: FormData;
  try {
    form = await new Response(read.bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return finished(errorResponse('INVALID_MULTIPART', 'The multipart body could not be parsed.'));
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    return finished(errorResponse('MISSING_FILE', 'Multipart field "file" with a file is required.'));
  }
  if (file.size === 0) return finished(errorResponse('EMPTY_FILE', `The file "${file.name}" is empty.`));
  if (file.size > limit) return tooLarge(limit);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffFileKind(bytes);
  if (mimeType === undefined) {
    return finished(errorResponse('UNSUPPORTED_FILE_TYPE', `The content of "${file.name}" is not a JPEG, PNG, WebP, HEIC/HEIF or PDF file.`));
  }
  const stored = context.store.upload(bytes, mimeType, file.name);
  await context.persist();
  return json(201, { path: stored.path, url: `${context.prefix}${stored.url}`, size: bytes.byteLength, mimeType });
}

/** `GET /files/{key}`: the stored bytes with their media type. */
export function getFile(key: string | undefined, context: RouteContext): RouteOutcome {
  const file = key === undefined ? undefined : context.store.fileByKey(key);
  if (!file) return finished(errorResponse('NOT_FOUND', `File "${key ?? ''}" was not found.`));
  return finished(
    new Response(file.bytes.slice(), {
      status: 200,
      headers: {
        'content-type': file.mimeType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': `inline; filename="${file.fileName}"`,
        'cache-control': 'private, no-store',
      },
    }),
  );
}
