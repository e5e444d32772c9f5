import { sleep } from './sleep.js';

/** Outcome of {@link readBody}: the bytes, or `'too-large'` once `limit` is passed. */
export type ReadBodyResult = { kind: 'ok'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' };

/** Options of {@link readBody}. */
export interface ReadBodyOptions {
  /** Stop reading and report `'too-large'` past this many bytes. */
  limit?: number;
  /** Read at most this fast; pausing the reader is what applies TCP backpressure under the Node runner. */
  bytesPerSecond?: number;
}

/** Reads a request body through its stream reader, optionally capped and throttled. */
export async function readBody(request: Request, options: ReadBodyOptions = {}): Promise<ReadBodyResult> {
  if (!request.body) return { kind: 'ok', bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  const started = Date.now();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (options.limit !== undefined && received > options.limit) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'too-large' };
      }
      chunks.push(value);
      if (options.bytesPerSecond !== undefined) {
        const due = started + (received / options.bytesPerSecond) * 1000;
        await sleep(Math.max(0, due - Date.now()), request.signal);
      }
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'ok', bytes };
}

/** A copy of `request` whose body is already in memory (after a throttled read). */
export function withBody(request: Request, bytes: Uint8Array<ArrayBuffer>): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes.byteLength > 0 ? bytes : null,
    signal: request.signal,
  });
}
