import type { DocumentsStore } from './documents-store.js';
import type { RecordedRequest } from './fake-documents-types.js';
import { jsonResponse } from './responses.js';

/** What a route produced, before faults reshape it: JSON the faults can rewrite, or a finished response. */
export type RouteOutcome = { kind: 'json'; status: number; body: unknown } | { kind: 'response'; response: Response };

/** What the route handlers may touch. */
export interface RouteContext {
  store: DocumentsStore;
  typeIds: readonly number[];
  maxUploadBytes: number;
  /** `create` refuses a file that already has a document (409). */
  uniqueFiles: boolean;
  /** Saves to the configured storage after a mutation. */
  persist(): Promise<void>;
  /** Path before `/api/v2/my` when the API is mounted below the origin (`''` usually); file URLs carry it. */
  prefix: string;
  /** The log entry of this request (create fills in `body`). */
  record: RecordedRequest;
}

/** Wraps a JSON result. */
export function json(status: number, body: unknown): RouteOutcome {
  return { kind: 'json', status, body };
}

/** Wraps a finished response. */
export function finished(response: Response): RouteOutcome {
  return { kind: 'response', response };
}

/** The response an outcome stands for. */
export function outcomeResponse(outcome: RouteOutcome): Response {
  return outcome.kind === 'json' ? jsonResponse(outcome.status, outcome.body) : outcome.response;
}
