import type { IncomingMessage } from 'node:http';

/** A request body as a web stream that pauses the socket when unread (real TCP backpressure). */
export interface NodeRequestBody {
  stream: ReadableStream<Uint8Array>;
  /** Reads and throws away whatever the handler left unread, so the connection stays usable. */
  discard(): void;
}

/**
 * Like `Readable.toWeb(req)`, but cancelling (or giving up on) the stream drains the rest instead of
 * destroying the socket — a server that answers 413 early must still be able to send its answer.
 */
export function nodeRequestBody(req: IncomingMessage): NodeRequestBody {
  let open = true;
  const discard = (): void => {
    open = false;
    req.removeAllListeners('data');
    req.on('data', () => undefined);
    req.resume();
  };
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
        discard();
      },
    },
    { highWaterMark: 16 * 1024, size: (chunk) => chunk.byteLength },
  );
  return { stream, discard };
}
