import type { ErasureHandler } from './erasure-handler-types.js';

// Lets an adapter learn which paths a handler serves without a second copy of its options: middleware must
// pass every other path on to the app.
const ROUTE_PATHS = new WeakMap<ErasureHandler, ReadonlySet<string>>();

/** Records the full paths (basePath included) that `handler` serves. */
export function registerRoutePaths(handler: ErasureHandler, paths: Iterable<string>): void {
  ROUTE_PATHS.set(handler, new Set(paths));
}

/** The full paths a handler made by `createErasureHandler` serves; `undefined` for any other function. */
export function routePathsOf(handler: ErasureHandler): ReadonlySet<string> | undefined {
  return ROUTE_PATHS.get(handler);
}
