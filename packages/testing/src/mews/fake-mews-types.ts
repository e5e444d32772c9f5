import type { FetchHandler } from '../fake-documents-types.js';

/** The routes of the fake Mews Connector API that faults can target. */
export type MewsRoute = 'delete' | 'clear';

/** One injected misbehaviour of the fake Mews. */
export type MewsFault =
  /** Answer with this status and a Mews error body (none for 204, 205, 304); `Retry-After: retryAfterSeconds` when set. Nothing is deleted. */
  | { type: 'status'; status: number; message?: string; retryAfterSeconds?: number }
  /** Wait `ms`: `when: 'before'` (default) before handling (an aborted request deletes nothing); `'after'` deletes, then waits before answering. */
  | { type: 'latency'; ms: number; when?: 'before' | 'after' }
  /** Reset the connection: `when: 'before'` (default) deletes nothing; `'after'` deletes, then drops — the ambiguous failure. */
  | { type: 'drop'; when?: 'before' | 'after' }
  /** Handle the request, then answer a success with a 200 whose body is not valid JSON (errors are answered normally). */
  | { type: 'malformed-json' }
  /** Answer 408 "request too heavy" when the batch holds more than `maxIds` ids, else handle normally. Each request it sees uses one of its `times`. */
  | { type: 'too-heavy'; maxIds: number };

/** Options of {@link FakeMews.inject}. */
export interface MewsInjectOptions {
  /** How many matching requests the fault applies to. Default 1. `Infinity` = until cleared. */
  times?: number;
}

/** An identity document as the fake stores it (a subset of the Mews object). */
export interface FakeIdentityDocument {
  /** GUID. */
  Id: string;
  /** GUID of the owning customer. */
  CustomerId: string;
  Type: 'IdentityCard' | 'Passport' | 'Visa' | 'DriversLicense';
  Number: string;
  /** ISO date, e.g. `'2031-04-30'`. */
  ExpirationDate: string | null;
  /** ISO 3166-1 alpha-2. */
  IssuingCountryCode: string | null;
}

/** Options of {@link createFakeMews}. */
export interface FakeMewsOptions {
  /** The accepted `ClientToken`. Default {@link DEFAULT_MEWS_CLIENT_TOKEN}. */
  clientToken?: string;
  /** The accepted (non-portfolio) `AccessToken`. Default {@link DEFAULT_MEWS_ACCESS_TOKEN}. */
  accessToken?: string;
  /** Further accepted AccessTokens that are Portfolio Access Tokens: their requests need a `ChainId` GUID. */
  portfolioTokens?: readonly string[];
  /** Requests allowed per AccessToken in a sliding window; more → 429 with `Retry-After`. Default 200 per 30 s. */
  rateLimit?: { limit?: number; windowMs?: number };
  /** Seed documents. Default {@link DEFAULT_IDENTITY_DOCUMENTS}. */
  documents?: readonly FakeIdentityDocument[];
  /** Clock, for the rate limit. */
  now?: () => Date;
}

/** One request the fake saw, for assertions. Credentials in the body are replaced by `'***'`. */
export interface MewsRecordedRequest {
  method: string;
  /** Path without origin, with query string. */
  path: string;
  route: MewsRoute | 'unknown';
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The parsed JSON body, `ClientToken` and `AccessToken` redacted; `undefined` when not JSON. */
  body?: unknown;
  /** The `Request-Id` the fake answered with. */
  requestId: string;
  /** The status answered; `undefined` while pending or when the connection was dropped. */
  status?: number;
}

/** A fake Mews Connector API (identity documents `delete` and `clear`). */
export interface FakeMews {
  /** The fetch-standard handler. */
  handler: FetchHandler;
  /** Adds a fault for the next request(s) to `route` (`'*'` = either), first in first out. */
  inject(route: MewsRoute | '*', fault: MewsFault, options?: MewsInjectOptions): void;
  /** Removes every pending fault. */
  clearFaults(): void;
  /** Every request seen so far, oldest first. */
  readonly requests: readonly MewsRecordedRequest[];
  /** The documents still stored. */
  identityDocuments(): FakeIdentityDocument[];
  /** Restores the seed and clears faults, the request log and the rate-limit window. */
  reset(): void;
}
