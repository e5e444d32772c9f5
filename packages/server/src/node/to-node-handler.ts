import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErasureHandler } from '../handler/erasure-handler-types.js';
import { routePathsOf } from '../handler/erasure-route-paths.js';
import { errorResponse } from '../handler/json-response.js';
import { fullPath, nodeToRequest } from './node-to-request.js';
import { badRequestTarget, requestTargetProblem } from './request-target-problem.js';
import { writeNodeResponse } from './write-node-response.js';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * As middleware (with `next`), every path under this prefix is handled and others go to `next()`. Unset:
   * exactly the handler's routes are handled (for a function not made by `createErasureHandler`, the paths
   * under `/api/erasure`). As a plain listener (no `next`), every request is handled: others get a 404.
   */
  basePath?: string | undefined;
}

/** A node:http / Express / Connect request listener or middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

// body-parser (express.json() …) marks a request it consumed with this flag; a fully read stream has `readableEnded`.
const BODY_PARSER_FLAG = '_body';

function bodyAlreadyRead(req: IncomingMessage): boolean {
  return (req as unknown as Record<string, unknown>)[BODY_PARSER_FLAG] === true || req.readableEnded;
}

function underPrefix(path: string, basePath: string): boolean {
  const prefix = basePath.replace(/\/+$/, '');
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/** Whether middleware should handle `target` rather than pass it on: the raw path, before any normalising. */
function isOurs(target: string, handler: ErasureHandler, basePath: string | undefined): boolean {
  if (basePath !== undefined) return underPrefix(target, basePath);
  const routes = routePathsOf(handler);
  if (routes === undefined) return underPrefix(target, '/api/erasure');
  return routes.has(target.split(/[?#]/, 1)[0] ?? '');
}

/**
 * Adapts the erasure handler to node:http, Express and Connect. As middleware it handles the erasure routes
 * and passes every other path to `next()`. Mount it BEFORE any body parser (`express.json()` …): it streams
 * the raw body itself and answers 500 BODY_ALREADY_READ when a parser got there first. A request target that
 * URL parsing would rewrite (`//host…`, a backslash, `.`/`..` segments) gets 400 BAD_REQUEST_TARGET. A client
 * disconnect aborts the request's signal, so remaining upstream work is abandoned.
 * @example
 * app.use(toNodeHandler(createErasureHandler({ mews, authorize })));
 * app.use(express.json()); // after
 */
export function toNodeHandler(handler: ErasureHandler, options: NodeHandlerOptions = {}): NodeHandler {
  return (req, res, next) => {
    const target = fullPath(req);
    if (next !== undefined && !isOurs(target, handler, options.basePath)) {
      next();
      return;
    }
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client disconnected', 'AbortError'));
    });
    void (async () => {
      const problem = requestTargetProblem(target);
      if (problem !== undefined) {
        await writeNodeResponse(badRequestTarget(problem), res, !req.complete);
        return;
      }
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
