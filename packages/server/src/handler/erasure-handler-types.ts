import type { ErasureReport, IdenfyClient, MewsClient } from '../erasure-report.js';
import type { ErasureErrorCode } from './erasure-error-codes.js';

/** What an erasure request asks for. */
export type ErasureOperation = 'mews.identityDocuments.delete' | 'mews.identityDocuments.clear' | 'idenfy.verifications.delete';

/** A fetch-standard request handler, mountable in any framework. */
export type ErasureHandler = (request: Request) => Promise<Response>;

/** What `authorize` is asked about: the request and its already validated input. */
export interface AuthorizeInput {
  /** The incoming request (read cookies or headers from it; its body is already consumed). */
  request: Request;
  /** The operation asked for. */
  operation: ErasureOperation;
  /** The validated, de-duplicated ids, in request order. */
  ids: readonly string[];
  /** The validated Mews `ChainId`, when given. */
  chainId?: string;
}

/** One finished erasure, for an audit trail. */
export interface ErasureAuditEvent extends AuthorizeInput {
  /** What the upstream did with each id. */
  report: ErasureReport;
}

/** Where a failure reported to `onError` happened. */
export type ErasureErrorStage = 'authorize' | 'upstream' | 'audit' | 'handler';

/** An unexpected failure, stripped to plain strings so that no credential can ride along. */
export interface SanitizedError {
  /** Where it happened. */
  stage: ErasureErrorStage;
  /** The operation being handled, once known. */
  operation?: ErasureOperation;
  /** The error's `name` (e.g. `TypeError`). */
  name: string;
  /** The error's message, with credential-looking values redacted and length capped. */
  message: string;
  /** The code the handler answered with. */
  code: ErasureErrorCode | 'OK';
}

/** Options of {@link createErasureHandler}. */
export interface ErasureHandlerOptions {
  /** Mews client; without it the Mews routes answer 404. */
  mews?: MewsClient | undefined;
  /** iDenfy client; without it the iDenfy route answers 404. */
  idenfy?: IdenfyClient | undefined;
  /**
   * Required. Decides whether this request may erase these ids; only a literal `true` allows it. Returning
   * anything else, throwing or rejecting answers 403 and nothing is sent upstream.
   */
  authorize: (input: AuthorizeInput) => boolean | Promise<boolean>;
  /** Path prefix of the routes. Default `'/api/erasure'`. */
  basePath?: string | undefined;
  /**
   * Browser origins allowed to call cross-origin, exactly (turns CORS on; `"*"` is refused). They may send
   * credentials (`credentials: 'include'`). Unset: no CORS headers, OPTIONS → 405.
   */
  allowedOrigins?: readonly string[] | undefined;
  /**
   * Request headers a listed origin may send, besides Content-Type (always allowed). Default
   * `['Authorization', 'X-CSRF-Token', 'X-Requested-With']`; `[]` allows Content-Type only.
   */
  allowedHeaders?: readonly string[] | undefined;
  /** Largest accepted body in bytes. Default 65 536. */
  maxBodyBytes?: number | undefined;
  /** Most ids per request. Default 1 000. */
  maxIds?: number | undefined;
  /**
   * Longest an erasure may take, in ms, retries and rate-limit waits included. Default 100 000: under the browser
   * client's 120 s `timeout`, so the person gets the report (what was deleted, what can be tried again later) rather
   * than a timeout. At the deadline, waits end and a request in flight is cancelled (its ids reported as not
   * confirmed); ids never sent are `notAttempted`.
   */
  deadlineMs?: number | undefined;
  /** Awaited after each erasure, before answering; if it throws, `onError` hears of it and the answer stands. */
  onAudit?: ((event: ErasureAuditEvent) => void | Promise<void>) | undefined;
  /** Hears of unexpected failures (throwing `authorize`/`onAudit`, a throwing client, our bugs), sanitized. */
  onError?: ((error: SanitizedError) => void) | undefined;
}
