import { abortableSleep, fetchWithTimeout, retryDelayMs } from '../upstream/index.js';
import { classifyIdenfyAnswer } from './classify-idenfy-answer.js';
import type { ErasureTally } from './erasure-tally.js';
import type { IdenfyAnswer } from './idenfy-answer.js';
import type { IdenfyConfig } from './resolve-idenfy-config.js';

/**
 * Sends one delete request for `scanRefs`, retrying 429, 5xx, network errors and timeouts with capped
 * exponential backoff. Ids of an attempt that got no clear answer are marked uncertain on the tally, so that
 * a later "not found" for them is not mistaken for either a confirmed deletion or a bad id.
 * A `transient` answer means the retries ran out.
 */
export async function sendIdenfyDelete(config: IdenfyConfig, scanRefs: readonly string[], tally: ErasureTally, signal?: AbortSignal): Promise<IdenfyAnswer> {
  const body = config.format === 'batch' ? { scanRefs } : { scanRef: scanRefs[0] };
  const init = {
    method: 'POST',
    headers: { authorization: config.authorization, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    // The Basic header carries the secret: never replay it to wherever a redirect points.
    redirect: 'manual' as const,
  };
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted === true) return { kind: 'aborted' };
    const result = await fetchWithTimeout({ fetch: config.fetch, url: config.url, init, timeoutMs: config.timeoutMs, signal });
    const answer = classifyIdenfyAnswer(result, scanRefs, config.secrets);
    if (answer.kind === 'aborted') {
      tally.markUncertain(scanRefs, { code: 'TIMEOUT', message: 'the call was aborted before iDenfy answered.' });
      return answer;
    }
    if (answer.kind !== 'transient') return answer;
    if (answer.ambiguous && answer.code !== 'RATE_LIMITED') tally.markUncertain(scanRefs, { code: answer.code, message: answer.message });
    if (attempt >= config.retry.limit) return { ...answer, message: `${answer.message} (gave up after ${attempt + 1} attempts)` };
    if (!(await abortableSleep(retryDelayMs(attempt, config.retry, answer.retryAfterMs), signal))) return { kind: 'aborted' };
  }
}
