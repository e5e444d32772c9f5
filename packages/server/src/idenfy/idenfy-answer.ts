import type { ErasureFailureCode } from '../erasure-report.js';

/** Transient failures we retry; all but `RATE_LIMITED` are ambiguous (iDenfy may have deleted something). */
export type TransientCode = 'RATE_LIMITED' | 'UPSTREAM_ERROR' | 'NETWORK' | 'TIMEOUT';

/** What one attempt of `POST /api/v2/delete` came to. */
export type IdenfyAnswer =
  /** 2xx: every scanRef of the request is deleted. */
  | { kind: 'deleted' }
  /** A refusal that concerns scanRefs: `named` is the one the message names (if it was sent). */
  | { kind: 'refused'; code: ErasureFailureCode; message: string; named: string | undefined; notFound: boolean }
  /** A configuration fault (credentials, address): nothing else of the call should be sent. */
  | { kind: 'halt'; code: 'UPSTREAM_UNAUTHORIZED' | 'UPSTREAM_NOT_FOUND'; message: string }
  /** Worth retrying; `ambiguous` when iDenfy may have acted on the request. */
  | { kind: 'transient'; code: TransientCode; message: string; ambiguous: boolean; retryAfterMs: number | undefined }
  /** The caller's signal aborted the exchange. */
  | { kind: 'aborted' };
