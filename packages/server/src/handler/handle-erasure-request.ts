import type { ErasureReport } from '../erasure-report.js';
import { corsHeaders, isOriginAllowed, preflightHeaders } from './cors-headers.js';
import type { ErasureErrorCode } from './erasure-error-codes.js';
import { ErasureError } from './erasure-error.js';
import type { AuthorizeInput, ErasureErrorStage, ErasureOperation } from './erasure-handler-types.js';
import { isJsonContentType } from './is-json-content-type.js';
import { errorResponse, jsonResponse, SECURITY_HEADERS } from './json-response.js';
import { readBodyText } from './read-body-text.js';
import { reportOutcome } from './report-outcome.js';
import type { ResolvedHandlerOptions } from './resolve-handler-options.js';
import { sanitizeError } from './sanitize-error.js';
import { validateErasureBody } from './validate-erasure-body.js';

/** Reports an unexpected failure to `onError`; a throwing `onError` must not change the answer. */
export function notifyError(
  config: ResolvedHandlerOptions,
  error: unknown,
  stage: ErasureErrorStage,
  code: ErasureErrorCode | 'OK',
  operation?: ErasureOperation,
): void {
  try {
    config.onError?.(sanitizeError(error, stage, code, operation));
  } catch {
    // Logging is best effort; the caller still gets its answer.
  }
}

async function isAuthorized(config: ResolvedHandlerOptions, input: AuthorizeInput): Promise<boolean> {
  try {
    return (await config.authorize(input)) === true;
  } catch (error) {
    // A throwing authorize may hide a bug in the host's auth code: deny, and tell the logs.
    notifyError(config, error, 'authorize', 'FORBIDDEN', input.operation);
    return false;
  }
}

async function parseJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ErasureError('BAD_JSON', 'The body is not valid JSON.');
  }
}

/**
 * The pipeline, cheapest refusal first: route → origin → preflight → method → media type → size → JSON →
 * fields and ids → authorize → upstream → audit. Nothing reaches an upstream before `authorize` says `true`.
 */
export async function handleErasureRequest(config: ResolvedHandlerOptions, request: Request): Promise<Response> {
  const origin = request.headers.get('origin');
  const cors = corsHeaders(config, origin);
  const entry = config.routes.get(new URL(request.url).pathname);
  if (entry === undefined) return errorResponse('NOT_FOUND', 'No erasure route at this path (or its upstream is not configured).', cors);
  if (!isOriginAllowed(config, origin)) return errorResponse('ORIGIN_NOT_ALLOWED', 'This origin may not call the erasure API.', cors);
  const corsOn = config.allowedOrigins !== undefined;
  if (request.method === 'OPTIONS' && corsOn) {
    return new Response(null, { status: 204, headers: { ...SECURITY_HEADERS, ...preflightHeaders(config, origin) } });
  }
  if (request.method !== 'POST') {
    return errorResponse('METHOD_NOT_ALLOWED', 'Use POST.', { ...cors, allow: corsOn ? 'POST, OPTIONS' : 'POST' });
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return errorResponse('UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json.', cors);
  }
  const { route, call } = entry;
  let input: AuthorizeInput;
  try {
    const { ids, chainId } = validateErasureBody(await parseJson(request, config.maxBodyBytes), route, config.maxIds);
    input = chainId === undefined ? { request, operation: route.operation, ids } : { request, operation: route.operation, ids, chainId };
  } catch (error) {
    if (error instanceof ErasureError) return errorResponse(error.code, error.message, cors);
    throw error;
  }
  if (!(await isAuthorized(config, input))) return errorResponse('FORBIDDEN', 'Not authorized to erase these ids.', cors);
  let report: ErasureReport;
  try {
    // The browser gives up at its own timeout (120 s): the deadline ends retries and waits before that, so it gets a report.
    report = await call(input.ids, input.chainId, AbortSignal.any([request.signal, AbortSignal.timeout(config.deadlineMs)]));
  } catch (error) {
    notifyError(config, error, 'upstream', 'INTERNAL', route.operation);
    return errorResponse('INTERNAL', 'The erasure failed unexpectedly; the details were logged.', cors);
  }
  const outcome = reportOutcome(report);
  try {
    await config.onAudit?.({ ...input, report });
  } catch (error) {
    notifyError(config, error, 'audit', outcome, route.operation);
  }
  switch (outcome) {
    case 'OK':
      return jsonResponse(200, report, cors);
    case 'RATE_LIMITED':
      return errorResponse(outcome, 'Nothing was deleted: the upstream is rate limiting. Retry later.', cors, report);
    case 'UPSTREAM_UNAVAILABLE':
      return errorResponse(outcome, 'No deletion was confirmed: the upstream could not be reached or did not answer (it may have deleted some ids before the connection failed). Retry later.', cors, report);
    default:
      return outcome satisfies never;
  }
}
