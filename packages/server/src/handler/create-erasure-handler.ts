import { corsHeaders } from './cors-headers.js';
import type { ErasureHandler, ErasureHandlerOptions } from './erasure-handler-types.js';
import { registerRoutePaths } from './erasure-route-paths.js';
import { handleErasureRequest, notifyError } from './handle-erasure-request.js';
import { errorResponse } from './json-response.js';
import { resolveHandlerOptions } from './resolve-handler-options.js';

/**
 * Creates the erasure proxy: a fetch-standard handler that validates a request strictly, asks your
 * `authorize`, then erases through the configured Mews / iDenfy clients and answers with an ErasureReport.
 * Credentials live in the clients; nothing in a request can change where they are sent.
 * Throws a TypeError at creation when `authorize` is missing or an option is invalid.
 * @example
 * const handler = createErasureHandler({
 *   mews: createMewsClient({ ... }),
 *   authorize: async ({ request, ids }) => (await session(request))?.canErase(ids) === true,
 * });
 * // POST /api/erasure/mews/identity-documents/delete {"identityDocumentIds": ["…"]}
 */
export function createErasureHandler(options: ErasureHandlerOptions): ErasureHandler {
  const config = resolveHandlerOptions(options);
  const handler: ErasureHandler = async (request) => {
    try {
      return await handleErasureRequest(config, request);
    } catch (error) {
      notifyError(config, error, 'handler', 'INTERNAL');
      return errorResponse('INTERNAL', 'The erasure handler failed unexpectedly; the details were logged.', corsHeaders(config, request.headers.get('origin')));
    } finally {
      // An early refusal leaves the body unread; release it so the connection can be reused.
      if (request.body !== null && !request.bodyUsed && !request.body.locked) void request.body.cancel().catch(() => undefined);
    }
  };
  registerRoutePaths(handler, config.routes.keys());
  return handler;
}
