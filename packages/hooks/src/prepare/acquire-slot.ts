/**
 * At most this many images are decoded at once: each full-size decode holds ~50 MB, and a phone that gets ten
 * photos dropped at once must not run out of memory. Two keeps a second core busy.
 */
const MAX_RUNNING = 2;
let running = 0;
const waiting: Array<() => void> = [];

/** A finished task hands its slot straight to the next waiting one, so no newcomer can slip in between. */
function release() {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

/** Waits for a free slot (or rejects with the signal's reason); call the returned function once to free it. */
export async function acquireSlot(signal?: AbortSignal): Promise<() => void> {
  if (running < MAX_RUNNING) running += 1;
  else {
    await new Promise<void>((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', stop);
        resolve();
      };
      const stop = () => {
        waiting.splice(waiting.indexOf(go), 1);
        reject(signal?.reason);
      };
      waiting.push(go);
      signal?.addEventListener('abort', stop, { once: true });
    });
  }
  return release;
}
