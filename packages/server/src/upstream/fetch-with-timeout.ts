/** What one upstream request came to: an answer (body read in full), or why there is none. */
export type UpstreamResult =
  | { kind: 'response'; status: number; headers: Headers; bodyText: string }
  /** No complete answer within `timeoutMs` (headers and body both count). */
  | { kind: 'timeout' }
  /** Connection refused, reset, DNS failure…; `cause` is the fetch error (it never holds the request body). */
  | { kind: 'network'; cause: unknown }
  /** The caller's `signal` aborted first: the upstream may or may not have acted on the request. */
  | { kind: 'aborted' };

/** One request to an upstream. */
export interface UpstreamRequest {
  /** The fetch to use (injected in tests). */
  fetch: typeof globalThis.fetch;
  url: string;
  init: Omit<RequestInit, 'signal'>;
  /** Deadline for the whole exchange, body included. */
  timeoutMs: number;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts, so that a fetch (or a body stream) that ignores
 * its signal can never hang the caller. `onAbort` may release resources.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal, onAbort?: () => Promise<void> | undefined): Promise<T> {
  let listener: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    listener = () => {
      void onAbort?.()?.catch(() => undefined);
      reject(signal.reason);
    };
    if (signal.aborted) listener();
    else signal.addEventListener('abort', listener, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => {
    if (listener) signal.removeEventListener('abort', listener);
  });
}

/**
 * Sends one request and reads its body as text under a single deadline. Never throws: every outcome is a
 * value, so retry loops can `switch` on `kind` instead of guessing what an exception meant.
 */
export async function fetchWithTimeout(request: UpstreamRequest): Promise<UpstreamResult> {
  const callerAborted = () => request.signal?.aborted === true;
  if (callerAborted()) return { kind: 'aborted' };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), request.timeoutMs);
  const signal = request.signal === undefined ? deadline.signal : AbortSignal.any([request.signal, deadline.signal]);
  try {
    const response = await untilAborted(request.fetch(request.url, { ...request.init, signal }), signal);
    const bodyText = await untilAborted(response.text(), signal, () => response.body?.cancel());
    return { kind: 'response', status: response.status, headers: response.headers, bodyText };
  } catch (cause) {
    if (callerAborted()) return { kind: 'aborted' };
    if (deadline.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', cause };
  } finally {
    clearTimeout(timer);
  }
}
