import { createErasureHandler } from './handler/create-erasure-handler.js';
import type { ErasureHandlerOptions } from './handler/erasure-handler-types.js';

/** One method's App Router route handler. */
export type RouteHandler = (request: Request) => Promise<Response>;

/**
 * The App Router route handlers of the erasure API, one per method Next.js routes. Only POST erases and OPTIONS
 * answers preflights; the others get the handler's JSON 405 with `Allow`, where Next.js would answer a bare 405.
 */
export interface ErasureRouteHandlers {
  /** Erasure requests. */
  POST: RouteHandler;
  /** CORS preflight (405 unless `allowedOrigins` is set). */
  OPTIONS: RouteHandler;
  /** 405, with `Allow`. */
  GET: RouteHandler;
  /** 405, with `Allow`. */
  HEAD: RouteHandler;
  /** 405, with `Allow`. */
  PUT: RouteHandler;
  /** 405, with `Allow`. */
  PATCH: RouteHandler;
  /** 405, with `Allow`. */
  DELETE: RouteHandler;
}

/**
 * Route handlers for a Next.js App Router catch-all route; `basePath` must match the route's folder.
 * @example
 * // app/api/erasure/[...path]/route.ts
 * export const { POST, OPTIONS, GET, HEAD, PUT, PATCH, DELETE } = createErasureRouteHandlers({ mews, authorize });
 */
export function createErasureRouteHandlers(options: ErasureHandlerOptions): ErasureRouteHandlers {
  const handler = createErasureHandler(options);
  const route: RouteHandler = (request) => handler(request);
  return { POST: route, OPTIONS: route, GET: route, HEAD: route, PUT: route, PATCH: route, DELETE: route };
}

export type { AuthorizeInput, ErasureAuditEvent, ErasureHandlerOptions, ErasureOperation, SanitizedError } from './handler/erasure-handler-types.js';
