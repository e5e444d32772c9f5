import type { FetchHandler } from './fake-documents-types.js';

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request) return new Request(input, init);
  const base = (globalThis as { location?: { href?: string } }).location?.href ?? 'http://localhost/';
  const streaming = typeof ReadableStream !== 'undefined' && init?.body instanceof ReadableStream;
  // Streaming bodies need `duplex: 'half'`, which the DOM typings do not know yet.
  return new Request(new URL(input, base), streaming ? ({ ...init, duplex: 'half' } as RequestInit) : init);
}

/**
 * Wraps a fetch handler as a `fetch`: network errors reject with `TypeError('Failed to fetch')`
 * and an abort rejects with the signal's reason, as the real `fetch` does.
 * @example
 * const fetch = toFetch(createFakeDocumentsApi().handler);
 * await fetch('http://fake/api/v2/my/documents', { headers: { Authorization: 'Bearer test-token' } });
 */
export function toFetch(handler: FetchHandler): typeof fetch {
  return async (input, init) => {
    const request = toRequest(input, init);
    const { signal } = request;
    if (signal.aborted) throw abortError(signal);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const response = await Promise.race([handler(request), aborted]);
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  };
}
