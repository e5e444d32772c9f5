/** Whether an error is an abort (`AbortError` by name, so it works across realms and runtimes). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Whether `signal` has aborted (a call, so TypeScript does not keep an earlier narrowing across awaits). */
export function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
