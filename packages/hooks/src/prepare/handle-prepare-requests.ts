import { prepareImage, toPrepareErrorCode, type HeicDecoder } from './prepare-image.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** Answers the pool's requests inside a worker. One request at a time: the pool sends the next after the answer. */
export function handlePrepareRequests(decodeHeic?: HeicDecoder): void {
  self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
    const { id, file, format, options } = event.data;
    let response: WorkerResponse;
    try {
      response = { id, result: await prepareImage(file, format, options, undefined, decodeHeic) };
    } catch (error) {
      response = { id, error: toPrepareErrorCode(error), detail: String(error) };
    }
    // Blobs are shared by structured cloning, not copied: nothing to transfer.
    self.postMessage(response, { transfer: [] });
  });
}
