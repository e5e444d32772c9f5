/**
 * Every error the erasure handler answers with, and its HTTP status. One table so that the handler, its
 * adapters, the browser client and audit logs agree on names.
 */
export const ERASURE_ERROR_CODES = {
  /** The body is not valid UTF-8 JSON. */
  BAD_JSON: { status: 400 },
  /** The JSON is not the documented object (unknown or forbidden field, wrong type, missing ids). */
  INVALID_BODY: { status: 400 },
  /** An id has the wrong shape, or there are none, or more than `maxIds`. */
  INVALID_IDS: { status: 400 },
  /** `authorize` did not return `true`. */
  FORBIDDEN: { status: 403 },
  /** `allowedOrigins` is set and the request's `Origin` is not in it. */
  ORIGIN_NOT_ALLOWED: { status: 403 },
  /** Unknown path, or a route whose upstream is not configured. */
  NOT_FOUND: { status: 404 },
  /** Only POST (and OPTIONS with CORS on) are answered; see the `Allow` header. */
  METHOD_NOT_ALLOWED: { status: 405 },
  /** The body is larger than `maxBodyBytes`. */
  PAYLOAD_TOO_LARGE: { status: 413 },
  /** The body is not `application/json` (optionally `; charset=utf-8`). */
  UNSUPPORTED_MEDIA_TYPE: { status: 415 },
  /** Nothing was deleted: the upstream is still rate limiting after the client's retries. */
  RATE_LIMITED: { status: 429 },
  /** No deletion was confirmed: every id failed with a retryable transport failure (network, timeout, 5xx); some may have been deleted before the connection failed. */
  UPSTREAM_UNAVAILABLE: { status: 502 },
  /** The Node adapter found the body already read: mount the handler before any body parser. */
  BODY_ALREADY_READ: { status: 500 },
  /** A bug on our side; the message is generic and the details go to `onError`. */
  INTERNAL: { status: 500 },
} as const satisfies Record<string, { status: number }>;

/** A code from {@link ERASURE_ERROR_CODES}. */
export type ErasureErrorCode = keyof typeof ERASURE_ERROR_CODES;
