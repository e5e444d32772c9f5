import type { IdenfyClient, MewsClient } from '../erasure-report.js';
import type { CorsPolicy } from './cors-headers.js';
import type { ErasureHandlerOptions } from './erasure-handler-types.js';
import { ERASURE_ROUTES, routeCall, type ErasureRoute, type RouteCall } from './erasure-routes.js';
import { resolveCorsPolicy } from './resolve-cors-policy.js';

/** {@link ErasureHandlerOptions}, checked, with defaults and the routes bound to their clients. */
export interface ResolvedHandlerOptions extends CorsPolicy {
  authorize: ErasureHandlerOptions['authorize'];
  /** Full path → route and its upstream call; unconfigured upstreams are absent (→ 404). */
  routes: ReadonlyMap<string, { route: ErasureRoute; call: RouteCall }>;
  maxBodyBytes: number;
  maxIds: number;
  deadlineMs: number;
  onAudit: ErasureHandlerOptions['onAudit'];
  onError: ErasureHandlerOptions['onError'];
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`createErasureHandler: ${name} must be a positive integer.`);
  return value;
}

function optionalFunction(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') throw new TypeError(`createErasureHandler: ${name} must be a function.`);
}

/** Checks options at creation so a misconfigured handler fails at start-up, not on the first request. */
export function resolveHandlerOptions(options: ErasureHandlerOptions): ResolvedHandlerOptions {
  if (typeof options?.authorize !== 'function') {
    throw new TypeError('createErasureHandler: `authorize` is required: a function that returns true only for callers allowed to erase the given ids.');
  }
  optionalFunction('onAudit', options.onAudit);
  optionalFunction('onError', options.onError);
  const basePath = (options.basePath ?? '/api/erasure').replace(/\/+$/, '');
  if (basePath !== '' && !basePath.startsWith('/')) throw new TypeError('createErasureHandler: basePath must start with "/".');
  const cors = resolveCorsPolicy(options.allowedOrigins, options.allowedHeaders);
  const clients: { mews?: MewsClient | undefined; idenfy?: IdenfyClient | undefined } = { mews: options.mews, idenfy: options.idenfy };
  if (clients.mews === undefined && clients.idenfy === undefined) {
    throw new TypeError('createErasureHandler: configure at least one upstream client (`mews` and/or `idenfy`).');
  }
  const routes = new Map<string, { route: ErasureRoute; call: RouteCall }>();
  for (const route of ERASURE_ROUTES) {
    const call = routeCall(route.operation, clients);
    if (call) routes.set(`${basePath}${route.path}`, { route, call });
  }
  return {
    authorize: options.authorize,
    routes,
    ...cors,
    maxBodyBytes: positiveInteger('maxBodyBytes', options.maxBodyBytes, 65_536),
    maxIds: positiveInteger('maxIds', options.maxIds, 1_000),
    deadlineMs: positiveInteger('deadlineMs', options.deadlineMs, 100_000),
    onAudit: options.onAudit,
    onError: options.onError,
  };
}
