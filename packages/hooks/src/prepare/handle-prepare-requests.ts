import { describeFailure } from './describe-failure.js';
import { encodeThrough, serveEncode } from './encode-elsewhere.js';
import { prepareImage, toPrepareErrorCode, type HeicDecoder } from './prepare-image.js';
import type { ServeEncode, WorkerRequest, WorkerResponse } from './worker-protocol.js';

/**
 * Answers the pool's requests inside a worker: one preparation at a time (the pool sends the next after the
 * answer), and, as a helper of another worker, encodes.
 */
export function handlePrepareRequests(decodeHeic?: HeicDecoder): void {
  self.addEventListener('message', async (event: MessageEvent<WorkerRequest | ServeEncode>) => {
    if ('serve' in event.data) return serveEncode(event.data.serve);
    const { id, file, format, options, encoder } = event.data;
    const encoderElsewhere = () => {
      self.postMessage({ id, wantsEncoder: true } satisfies WorkerResponse, { transfer: [] });
      return encodeThrough(encoder);
    };
    let response: WorkerResponse;
    try {
      response = { id, result: await prepareImage(file, format, options, { decodeHeic, encoderElsewhere }) };
    } catch (error) {
      response = { id, error: toPrepareErrorCode(error), detail: describeFailure(error) };
    }
    encoder.close();
    // Blobs are shared by structured cloning, not copied: nothing to transfer.
    self.postMessage(response, { transfer: [] });
  });
}
