// What every benchmark page publishes for the Node side (`page.evaluate(() => window.bench.…)`).
declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => unknown>;
    gc?: () => void;
  }
}

/** Publishes the page's benchmark functions. */
export function publish(functions: Window['bench']): void {
  window.bench = functions;
}

/** Collects garbage when Chromium runs with `--js-flags=--expose-gc`, so a run does not pay for the previous one. */
export function collectGarbage(): void {
  window.gc?.();
}

/** The bearer token the fake documents API accepts by default. */
export const TOKEN = 'test-token';
