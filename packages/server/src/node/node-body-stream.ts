import type { IncomingMessage } from 'node:http';

/** A request body as a web stream with real backpressure, and whether the handler gave up on it. */
export interface NodeBodyStream {
  stream: ReadableStream<Uint8Array>;
  /** True once the stream was cancelled (e.g. a 413): the rest is dropped, never buffered. */
  readonly abandoned: boolean;
}

/**
 * Like `Readable.toWeb(req)`, except that cancelling drops the remaining bytes instead of destroying the
 * socket, so a handler that refuses a body early (413) can still send its answer.
 */
export function nodeBodyStream(req: IncomingMessage): NodeBodyStream {
  let open = true;
  let abandoned = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.pause();
        req.on('data', (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => {
          if (open) controller.close();
          open = false;
        });
        req.once('error', (error) => {
          if (open) controller.error(error);
          open = false;
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        open = false;
        abandoned = true;
        req.resume();
      },
    },
    { highWaterMark: 16 * 1024, size: (chunk) => chunk.byteLength },
  );
  return {
    stream,
    get abandoned() {
      return abandoned;
    },
  };
}
