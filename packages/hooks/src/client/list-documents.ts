import type { ListOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import type { DocumentPage } from './document.js';
import { DOCUMENTS_PATH } from './documents-path.js';
import { parseDocumentPage } from './parse-document-page.js';
import { readJson } from './read-json.js';
import { resolveUrl } from './resolve-url.js';
import { requestLabel, sendRequest } from './send-request.js';
import { withRetry } from './with-retry.js';

/** GET one page of documents, retried per the policy. */
export function listDocuments(context: ClientContext, options: ListOptions = {}): Promise<DocumentPage> {
  const limit = options.limit ?? 10;
  const offset = options.offset ?? 0;
  const url = resolveUrl(context.baseUrl, DOCUMENTS_PATH);
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  const label = requestLabel('GET', url);
  return withRetry(
    async () => {
      const response = await sendRequest(context, { method: 'GET', url, signal: options.signal });
      return parseDocumentPage(await readJson(response, label, options.signal), { limit, offset }, label);
    },
    context.retry,
    options.signal,
    label,
  );
}
