import { createErasureHandler } from './handler/create-erasure-handler.js';
import type { ErasureHandlerOptions } from './handler/erasure-handler-types.js';

/** The App Router route handlers of the erasure API. */
export interface ErasureRouteHandlers {
  /** Erasure requests. */
  POST: (request: Request) => Promise<Response>;
  /** CORS preflight (405 unless `allowedOrigins` is set). */
  OPTIONS: (request: Request) => Promise<Response>;
}

/**
 * Route handlers for a Next.js App Router catch-all route; `basePath` must match the route's folder.
 * @example
 * // app/api/erasure/[...path]/route.ts
 * export const { POST, OPTIONS } = createErasureRouteHandlers({ mews, authorize });
 */
export function createErasureRouteHandlers(options: ErasureHandlerOptions): ErasureRouteHandlers {
  const handler = createErasureHandler(options);
  return { POST: (request) => handler(request), OPTIONS: (request) => handler(request) };
}

export type { AuthorizeInput, ErasureAuditEvent, ErasureHandlerOptions, ErasureOperation, SanitizedError } from './handler/erasure-handler-types.js';
