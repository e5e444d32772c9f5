import { PrepareError } from './prepare-error.js';
import type { PreparedImage } from './prepare-image.js';
import type { ServeEncode, WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** Idle workers hold the HEIC decoder's memory once it was used: they are let go after this long. */
const IDLE_MS = 10_000;
const idle = { image: [] as Worker[], heic: [] as Worker[] };
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let lastId = 0;
let warned = false;

/** Once per page: the fallback works, but slower and silently, and its usual causes are setup mistakes. */
function warnFallback() {
  if (warned) return;
  warned = true;
  console.warn("@iddocs/hooks/prepare: no worker, so photos are prepared on the main thread. With Vite: optimizeDeps: { exclude: ['@iddocs/hooks'] }; a CSP needs worker-src 'self'.");
}

/** Literal `new Worker(new URL(…))` expressions: the pattern Vite, webpack 5, Rollup and esbuild plugins emit workers for. */
const spawn = {
  image: () => new Worker(new URL('./prepare-worker.js', import.meta.url), { type: 'module' }),
  heic: () => new Worker(new URL('./prepare-heic-worker.js', import.meta.url), { type: 'module' }),
};

function park(worker: Worker, kind: keyof typeof idle) {
  idle[kind].push(worker);
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    for (const parked of [...idle.image.splice(0), ...idle.heic.splice(0)]) parked.terminate();
  }, IDLE_MS);
}

/**
 * Prepares one image in a Web Worker (reused across a batch). When the worker asks for it, a second worker (an
 * image worker, idle or new) encodes for it while it measures the photo's quality; it talks to the first over
 * a channel of their own. Cancelling terminates both at once, which also stops a decode in progress. Resolves
 * `undefined` when no worker can run here (blocked by a Content Security Policy, not emitted by the bundler),
 * so that the caller falls back to the main thread.
 */
export function runInWorker(request: Omit<WorkerRequest, 'id' | 'encoder'>, fileName: string, signal?: AbortSignal): Promise<PreparedImage | undefined> {
  return new Promise((resolve, reject) => {
    const id = (lastId += 1);
    const kind = request.format === 'heic' ? 'heic' : 'image';
    const channel = new MessageChannel();
    let worker: Worker;
    let helper: Worker | undefined;
    try {
      worker = idle[kind].pop() ?? spawn[kind]();
    } catch {
      // Refused outright: a script on another origin than the page's, or a policy the browser applies at once.
      warnFallback();
      resolve(undefined);
      return;
    }
    const finish = (reuse: boolean) => {
      worker.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      for (const [each, pool] of [[worker, kind], [helper, 'image']] as const) {
        if (!each) continue;
        each.removeEventListener('error', onError);
        if (reuse) park(each, pool);
        else each.terminate();
      }
    };
    const connectHelper = () => {
      try {
        helper = idle.image.pop() ?? spawn.image();
        helper.addEventListener('error', onError);
      } catch {
        // No second worker to be had: the worker serves its own channel, encoding and measuring one after the other.
      }
      (helper ?? worker).postMessage({ serve: channel.port2 } satisfies ServeEncode, [channel.port2]);
    };
    const onMessage = ({ data }: MessageEvent<WorkerResponse>) => {
      if (data.id !== id) return;
      if ('wantsEncoder' in data) return connectHelper();
      finish(true);
      if ('error' in data) reject(new PrepareError(data.error, fileName, { cause: data.detail }));
      else resolve(data.result);
    };
    const onError = (event: Event) => {
      event.preventDefault();
      warnFallback();
      finish(false);
      resolve(undefined);
    };
    const onAbort = () => {
      finish(false);
      reject(new PrepareError('ABORTED', fileName, { cause: signal?.reason }));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ id, ...request, encoder: channel.port1 } satisfies WorkerRequest, [channel.port1]);
  });
}
