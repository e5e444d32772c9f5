import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErasureHandler } from '../handler/erasure-handler-types.js';
import { errorResponse } from '../handler/json-response.js';
import { fullPath, nodeToRequest } from './node-to-request.js';
import { writeNodeResponse } from './write-node-response.js';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Only paths under this prefix are handled; others go to `next()` (or get the handler's 404 without one). */
  basePath?: string;
}

/** A node:http / Express / Connect request listener or middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

// body-parser (express.json() …) marks a request it consumed with this flag; a fully read stream has `readableEnded`.
const BODY_PARSER_FLAG = '_body';

function bodyAlreadyRead(req: IncomingMessage): boolean {
  return (req as unknown as Record<string, unknown>)[BODY_PARSER_FLAG] === true || req.readableEnded;
}

function underBasePath(path: string, basePath: string | undefined): boolean {
  if (basePath === undefined) return true;
  const prefix = basePath.replace(/\/+$/, '');
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/**
 * Adapts the erasure handler to node:http, Express and Connect. Mount it BEFORE any body parser
 * (`express.json()` …): it streams the raw body itself and answers 500 BODY_ALREADY_READ when a parser got
 * there first. A client disconnect aborts the request's signal, so remaining upstream work is abandoned.
 * @example
 * app.use(toNodeHandler(createErasureHandler({ mews, authorize }), { basePath: '/api/erasure' }));
 * app.use(express.json()); // after
 */
export function toNodeHandler(handler: ErasureHandler, options: NodeHandlerOptions = {}): NodeHandler {
  return (req, res, next) => {
    if (next !== undefined && !underBasePath(fullPath(req), options.basePath)) {
      next();
      return;
    }
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client disconnected', 'AbortError'));
    });
    void (async () => {
      if (bodyAlreadyRead(req)) {
        const message = 'The request body was already read by a body parser: mount the erasure handler before express.json() or similar.';
        await writeNodeResponse(errorResponse('BODY_ALREADY_READ', message), res, false);
        return;
      }
      const { request, body } = nodeToRequest(req, controller.signal);
      const response = await handler(request);
      // A refused body (413) is dropped, not drained forever: close the connection once answered.
      await writeNodeResponse(response, res, body?.abandoned === true && !req.complete);
    })().catch((error: unknown) => {
      if (next !== undefined) next(error);
      else if (!res.headersSent) void writeNodeResponse(errorResponse('INTERNAL', 'The erasure handler failed unexpectedly.'), res, true);
      else res.destroy();
    });
  };
}
