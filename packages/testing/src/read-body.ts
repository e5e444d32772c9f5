import { sleep } from './sleep.js';

/** Outcome of {@link readBody}: the bytes, or `'too-large'` once `limit` is passed. */
export type ReadBodyResult = { kind: 'ok'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' };

/** Options of {@link readBody}. */
export interface ReadBodyOptions {
  /** Stop reading and report `'too-large'` past this many bytes. */
  limit?: number;
}

/** Reads a request body through its stream reader, optionally capped (a throttled body is {@link withThrottledBody}'s). */
export async function readBody(request: Request, options: ReadBodyOptions = {}): Promise<ReadBodyResult> {
  if (!request.body) return { kind: 'ok', bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
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

/**
 * Largest JSON body the fakes read, in bytes: nginx's default `client_max_body_size` (1 MiB), the cap most real API
 * front ends put before their JSON parsers. A bigger body gets 413 without being buffered, so a stray or hostile
 * request cannot take the memory of the process the fakes run in (the demo, a test run).
 */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** What the fake documents API says to a JSON body over {@link JSON_BODY_LIMIT}. */
export const JSON_BODY_TOO_LARGE = `The request body is over the ${JSON_BODY_LIMIT} bytes allowed.`;

/** A request's body as text, or `undefined` when it is over {@link JSON_BODY_LIMIT} (reading stops there). */
export async function readJsonText(request: Request): Promise<string | undefined> {
  const read = await readBody(request, { limit: JSON_BODY_LIMIT });
  return read.kind === 'ok' ? new TextDecoder().decode(read.bytes) : undefined;
}

/**
 * A copy of `request` whose body is read at most `bytesPerSecond` fast, as the route reads it: the route still decides
 * how much to read (a 413 from `Content-Length` reads nothing), and a paused read is TCP backpressure under the Node runner.
 */
export function withThrottledBody(request: Request, bytesPerSecond: number): Request {
  const source = request.body;
  if (!source) return request;
  const reader = source.getReader();
  const { signal } = request;
  let started: number | undefined;
  let received = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        started ??= Date.now();
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        received += value.byteLength;
        controller.enqueue(value);
        await sleep(Math.max(0, started + (received / bytesPerSecond) * 1000 - Date.now()), signal);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  // `duplex` is required by Node for streaming request bodies but unknown to the DOM typings.
  const init = { method: request.method, headers: request.headers, body, signal, duplex: 'half' } as RequestInit;
  return new Request(request.url, init);
}
