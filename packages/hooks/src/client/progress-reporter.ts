import type { UploadProgress } from './document.js';

/** Turns raw byte counts into `UploadProgress` events that only ever go up and end at 100. */
export interface ProgressReporter {
  /** Reports bytes sent; ignored unless the whole percent went up (a 401 replay restarts the bytes). */
  report(loaded: number, total: number): void;
  /** Reports completion (100 %) unless it was already reported. */
  complete(total: number): void;
}

/** Creates a reporter that forwards to `onProgress` (if any). */
export function createProgressReporter(onProgress: ((progress: UploadProgress) => void) | undefined): ProgressReporter {
  let lastPercent = -1;
  const report = (loaded: number, total: number): void => {
    const safeTotal = Math.max(total, loaded, 1);
    const percent = Math.min(100, Math.max(0, Math.floor((loaded / safeTotal) * 100)));
    if (percent <= lastPercent) return;
    lastPercent = percent;
    onProgress?.({ loaded, total: safeTotal, percent });
  };
  return {
    report,
    complete: (total) => report(total, total),
  };
}
