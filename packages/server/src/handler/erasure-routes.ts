import type { ErasureReport, IdenfyClient, MewsClient } from '../erasure-report.js';
import type { ErasureOperation } from './erasure-handler-types.js';
import { GUID_PATTERN, SCAN_REF_PATTERN } from './id-patterns.js';

/** The upstream call a route makes with validated input. */
export type RouteCall = (ids: readonly string[], chainId: string | undefined, signal: AbortSignal) => Promise<ErasureReport>;

/** One erasure route. */
export interface ErasureRoute {
  /** Path below `basePath`. */
  path: string;
  operation: ErasureOperation;
  /** The body field holding the ids. */
  idsField: string;
  /** What every id must look like, and how the error message describes it. */
  idPattern: RegExp;
  idShape: string;
  /** Whether the body may carry `chainId`. */
  acceptsChainId: boolean;
}

/** The three routes, keyed by path below `basePath`. */
export const ERASURE_ROUTES: readonly ErasureRoute[] = [
  {
    path: '/mews/identity-documents/delete',
    operation: 'mews.identityDocuments.delete',
    idsField: 'identityDocumentIds',
    idPattern: GUID_PATTERN,
    idShape: 'a GUID',
    acceptsChainId: true,
  },
  {
    path: '/mews/identity-documents/clear',
    operation: 'mews.identityDocuments.clear',
    idsField: 'customerIds',
    idPattern: GUID_PATTERN,
    idShape: 'a GUID',
    acceptsChainId: true,
  },
  {
    path: '/idenfy/verifications/delete',
    operation: 'idenfy.verifications.delete',
    idsField: 'scanRefs',
    idPattern: SCAN_REF_PATTERN,
    idShape: '1–64 characters of A–Z, a–z, 0–9, "-" or "_"',
    acceptsChainId: false,
  },
];

const withChain = (chainId: string | undefined, signal: AbortSignal) => (chainId === undefined ? { signal } : { chainId, signal });

/** Binds a route's operation to the configured client, or `undefined` when that upstream is not configured. */
export function routeCall(operation: ErasureOperation, clients: { mews?: MewsClient | undefined; idenfy?: IdenfyClient | undefined }): RouteCall | undefined {
  const { mews, idenfy } = clients;
  switch (operation) {
    case 'mews.identityDocuments.delete':
      return mews && ((ids, chainId, signal) => mews.deleteIdentityDocuments(ids, withChain(chainId, signal)));
    case 'mews.identityDocuments.clear':
      return mews && ((ids, chainId, signal) => mews.clearIdentityDocuments(ids, withChain(chainId, signal)));
    case 'idenfy.verifications.delete':
      return idenfy && ((ids, _chainId, signal) => idenfy.deleteVerifications(ids, { signal }));
    default:
      return operation satisfies never;
  }
}
