import { abortableSleep } from './abortable-sleep.js';
import { isDocumentsError } from './documents-error.js';
import { isRetryableFailure, retryDelayMs, type RetryPolicy } from './retry-policy.js';

/**
 * Runs an idempotent request, retrying NETWORK, TIMEOUT, 5xx and 429 failures per `policy`.
 * `run` gets the attempt number (0 = first) so a DELETE can tell a 404 on a retry from one on the first try.
 */
export async function withRetry<T>(
  run: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  label: string,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!isDocumentsError(error) || !isRetryableFailure(error) || attempt >= policy.limit) throw error;
      await abortableSleep(retryDelayMs(error, attempt, policy), signal, label);
    }
  }
}
