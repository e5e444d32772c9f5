import type { FakeIdenfy, FakeIdenfyOptions, FakeVerificationStatus, IdenfyRecordedRequest } from './fake-idenfy-types.js';
import { readJsonText } from '../read-body.js';
import { sleep } from '../sleep.js';
import { checkBasicAuth } from './check-basic-auth.js';
import { idenfyError, idenfyJson, malformedJsonResponse, statusFaultResponse } from './idenfy-error-response.js';
import { createIdenfyFaultQueue } from './idenfy-fault-queue.js';
import { performDelete } from './perform-delete.js';
import { RequestWindow } from './request-window.js';

const DELETE_PATH = '/api/v2/delete';
const JSON_TYPE = /^application\/json\s*(;|$)/i;

function parseLogged(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function recordOf(request: Request): IdenfyRecordedRequest {
  const url = new URL(request.url);
  const headers = Object.fromEntries(request.headers);
  // The log is meant to be printed and asserted on: it must never carry the credentials.
  if (headers.authorization !== undefined) headers.authorization = '[REDACTED]';
  return { method: request.method, url: url.pathname + url.search, headers };
}

/**
 * A fake of iDenfy's verification-data deletion (`POST /api/v2/delete`, Basic auth), batch or single format,
 * with the documented "halfway" semantics, a rate limit and fault injection. Fetch-standard and browser-safe.
 * A body not sent as `Content-Type: application/json` gets 400 JSON_ERROR (undocumented at iDenfy; our guess).
 * @example
 * const idenfy = createFakeIdenfy({ verifications: { 'scan-1': 'deletable', 'scan-2': 'active' } });
 * idenfy.inject({ type: 'status', status: 500 });
 * const server = await startFakeServer(idenfy.handler);
 */
export function createFakeIdenfy(options: FakeIdenfyOptions = {}): FakeIdenfy {
  const apiKey = options.apiKey ?? 'test-idenfy-key';
  const apiSecret = options.apiSecret ?? 'test-idenfy-secret';
  const format = options.format ?? 'batch';
  const seed = Object.entries(options.verifications ?? {});
  const store = new Map<string, FakeVerificationStatus>(seed);
  const throttle = new RequestWindow(options.rateLimit?.limit ?? 10_000, options.rateLimit?.windowMs ?? 3_600_000, options.now ?? Date.now);
  const faults = createIdenfyFaultQueue();
  const requests: IdenfyRecordedRequest[] = [];

  const perform = (request: Request, text: string): Response => {
    const denied = checkBasicAuth(request.headers.get('authorization'), apiKey, apiSecret);
    if (denied) return denied;
    if (!throttle.admit()) return idenfyError(429, 'TOO_MANY_REQUESTS', 'Request was throttled. Too many requests.');
    // iDenfy does not document its answer to another media type: 400 JSON_ERROR is a guess, as the fake Mews
    // refuses one with 400. What matters is that a client sending JSON without saying so is caught.
    if (!JSON_TYPE.test((request.headers.get('content-type') ?? '').trim())) {
      return idenfyError(400, 'JSON_ERROR', 'Send the body as JSON with Content-Type: application/json.');
    }
    return performDelete(text, format, store);
  };

  const route = async (request: Request, record: IdenfyRecordedRequest): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname.replace(/\/+$/, '') !== DELETE_PATH) return idenfyJson(404, { detail: 'Not found.' });
    if (request.method !== 'POST') {
      return idenfyError(405, 'METHOD_NOT_ALLOWED', `Method "${request.method}" not allowed.`, { allow: 'POST' });
    }
    const text = await readJsonText(request);
    // iDenfy does not document a cap either: 413 in its error shape is our guess.
    if (text === undefined) return idenfyError(413, 'REQUEST_TOO_LARGE', 'Request body too large.');
    record.body = parseLogged(text);
    // One fault per request, so that `inject` order maps to request order ("the 2nd request is slow").
    const fault = faults.take('delete');
    if (fault === undefined) return perform(request, text);
    switch (fault.type) {
      case 'latency': {
        if (fault.when === 'after') {
          const response = perform(request, text);
          await sleep(fault.ms);
          return response;
        }
        await sleep(fault.ms, request.signal);
        return perform(request, text);
      }
      case 'status':
        return statusFaultResponse(fault.status, fault.body);
      case 'drop':
        if (fault.when === 'after') perform(request, text);
        return Response.error();
      case 'malformed-json':
        return malformedJsonResponse(perform(request, text));
      default:
        return fault satisfies never;
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    const record = recordOf(request);
    requests.push(record);
    try {
      const response = await route(request, record);
      if (response.type !== 'error') record.status = response.status;
      return response;
    } catch (error) {
      // An aborted request has nobody left to answer; anything else is a bug worth a readable 500.
      if (request.signal.aborted) return Response.error();
      const message = error instanceof Error ? error.message : String(error);
      record.status = 500;
      return idenfyError(500, 'INTERNAL_ERROR', `The fake iDenfy failed: ${message}`);
    }
  };

  return {
    handler,
    inject: (fault, injectOptions = {}) => faults.add('delete', fault, injectOptions.times ?? 1),
    clearFaults: () => faults.clear(),
    get requests() {
      return requests;
    },
    verifications: () => Object.fromEntries(store),
    reset: () => {
      store.clear();
      for (const [scanRef, state] of seed) store.set(scanRef, state);
      faults.clear();
      throttle.clear();
      requests.length = 0;
    },
  };
}
