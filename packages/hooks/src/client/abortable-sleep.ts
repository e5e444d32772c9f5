import { DocumentsError } from './documents-error.js';

/** Waits `ms`, rejecting with `ABORTED` as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal | undefined, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DocumentsError('ABORTED', `${label} was cancelled while waiting to retry.`, { cause: signal?.reason });
    if (signal?.aborted === true) {
      reject(aborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
