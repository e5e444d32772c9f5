import type { RequestOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import type { Document } from './document.js';
import { documentPath } from './documents-path.js';
import { readDocument } from './read-document.js';
import { resolveUrl } from './resolve-url.js';
import { requestLabel, sendRequest } from './send-request.js';
import { withRetry } from './with-retry.js';

/** GET one document by id, retried per the policy. */
export function getDocument(context: ClientContext, id: string, options: RequestOptions = {}): Promise<Document> {
  const url = resolveUrl(context.baseUrl, documentPath(id));
  const label = requestLabel('GET', url);
  return withRetry(
    async () => readDocument(await sendRequest(context, { method: 'GET', url, signal: options.signal }), label, options.signal),
    context.retry,
    options.signal,
    label,
  );
}
