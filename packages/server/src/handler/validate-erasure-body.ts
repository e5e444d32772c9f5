import { ErasureError } from './erasure-error.js';
import type { ErasureRoute } from './erasure-routes.js';
import { GUID_PATTERN } from './id-patterns.js';

/** A body that passed {@link validateErasureBody}. */
export interface ValidErasureInput {
  /** The ids, de-duplicated (first occurrence wins; GUIDs whatever their case), in request order. */
  ids: string[];
  /** The Mews `ChainId`, when given. */
  chainId?: string;
}

// Names a caller might try to smuggle upstream credentials or routing through; refused with a pointed message.
const CREDENTIAL_FIELD = /token|key|secret|client|password|auth|url|host|address/i;

function describeField(name: string): string {
  return /^[\w$-]{1,40}$/.test(name) ? `"${name}"` : 'an unnamed field';
}

function expectedFields(route: ErasureRoute): string {
  return route.acceptsChainId ? `${route.idsField} and optionally chainId` : route.idsField;
}

/**
 * Strictly checks a parsed JSON body against a route: only the documented fields, every id of the
 * documented shape, 1..`maxIds` ids. Duplicates are accepted and removed (GUIDs compared without case). Throws
 * {@link ErasureError}.
 */
export function validateErasureBody(body: unknown, route: ErasureRoute, maxIds: number): ValidErasureInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ErasureError('INVALID_BODY', `The body must be a JSON object with ${expectedFields(route)}.`);
  }
  for (const key of Object.keys(body)) {
    if (key === route.idsField || (key === 'chainId' && route.acceptsChainId)) continue;
    const why = CREDENTIAL_FIELD.test(key) ? 'credentials and upstream addresses are configured on the server, never sent' : 'it is not a known field';
    throw new ErasureError('INVALID_BODY', `The body may not carry ${describeField(key)}: ${why}. Send only ${expectedFields(route)}.`);
  }
  const record = body as Record<string, unknown>;
  const ids = record[route.idsField];
  if (!Array.isArray(ids)) throw new ErasureError('INVALID_BODY', `${route.idsField} must be an array of ids.`);
  if (ids.length === 0 || ids.length > maxIds) {
    throw new ErasureError('INVALID_IDS', `${route.idsField} must hold between 1 and ${maxIds} ids; it holds ${ids.length}.`);
  }
  ids.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !route.idPattern.test(id)) {
      throw new ErasureError('INVALID_IDS', `${route.idsField}[${index}] must be ${route.idShape}.`);
    }
  });
  // A GUID is the same id in any case: 1,000 spellings of one customer must not become 100 Mews calls (its rate limit is
  // shared by every caller of the AccessToken), nor pass an `authorize` that compares them without case as 1,000 ids.
  // The first spelling is kept, so the report names the ids as the caller sent them.
  const seen = new Set<string>();
  const unique = (ids as string[]).filter((id) => {
    const same = route.idPattern === GUID_PATTERN ? id.toLowerCase() : id;
    return !seen.has(same) && !!seen.add(same);
  });
  if (!('chainId' in record)) return { ids: unique };
  const { chainId } = record;
  if (typeof chainId !== 'string' || !GUID_PATTERN.test(chainId)) throw new ErasureError('INVALID_IDS', 'chainId must be a GUID.');
  return { ids: unique, chainId };
}
