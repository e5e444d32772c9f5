import type { Options } from 'ky';
import type { ClientContext } from './client-context.js';
import { DocumentsError } from './documents-error.js';
import { errorFromResponse } from './error-from-response.js';
import { toDocumentsError } from './to-documents-error.js';

/** One HTTP request of the client. */
export interface RequestSpec {
  /** HTTP method. */
  method: 'GET' | 'POST' | 'DELETE';
  /** Absolute URL. */
  url: URL;
  /** JSON body. */
  json?: unknown;
  /** `Accept` header. Default `application/json`. */
  accept?: string;
  /** Cancels the request. */
  signal?: AbortSignal | undefined;
}

/** `"METHOD url"`, the prefix of every error message. */
export function requestLabel(method: string, url: URL): string {
  return `${method} ${url.href}`;
}

/** Sends one attempt (plus the 401 replay) and resolves with a 2xx response; anything else rejects with `DocumentsError`. */
export async function sendRequest(context: ClientContext, spec: RequestSpec): Promise<Response> {
  const label = requestLabel(spec.method, spec.url);
  if (spec.signal?.aborted === true) {
    throw new DocumentsError('ABORTED', `${label} was cancelled before it was sent.`, { cause: spec.signal.reason });
  }
  let response: Response;
  try {
    response = await context.auth.send(label, (token) => {
      const options: Options = {
        method: spec.method,
        headers: { Accept: spec.accept ?? 'application/json', ...context.headers, Authorization: `Bearer ${token}` },
        timeout: context.timeout,
      };
      if (spec.json !== undefined) options.json = spec.json;
      if (spec.signal !== undefined) options.signal = spec.signal;
      return context.http(spec.url, options);
    });
  } catch (error) {
    throw toDocumentsError(error, label, spec.signal);
  }
  if (!response.ok) throw await errorFromResponse(response, label);
  return response;
}
