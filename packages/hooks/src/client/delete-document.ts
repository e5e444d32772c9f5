import type { RequestOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import { documentPath } from './documents-path.js';
import { isDocumentsError } from './documents-error.js';
import { resolveUrl } from './resolve-url.js';
import { requestLabel, sendRequest } from './send-request.js';
import { withRetry } from './with-retry.js';

/**
 * DELETE one document, retried per the policy. A 404 on a retry means an earlier, ambiguous attempt
 * did delete it, so it counts as done; a 404 on the first attempt is `NOT_FOUND`.
 */
export function deleteDocument(context: ClientContext, id: string, options: RequestOptions = {}): Promise<void> {
  const url = resolveUrl(context.baseUrl, documentPath(id));
  return withRetry(
    async (attempt) => {
      try {
        const response = await sendRequest(context, { method: 'DELETE', url, signal: options.signal });
        await response.body?.cancel();
      } catch (error) {
        if (attempt > 0 && isDocumentsError(error) && error.code === 'NOT_FOUND') return;
        throw error;
      }
    },
    context.retry,
    options.signal,
    requestLabel('DELETE', url),
  );
}
