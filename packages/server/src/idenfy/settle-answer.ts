import type { ErasureFailureCode } from '../erasure-report.js';
import type { ErasureTally } from './erasure-tally.js';
import type { IdenfyAnswer } from './idenfy-answer.js';

type Refusal = Extract<IdenfyAnswer, { kind: 'refused' }>;

function failRefused(tally: ErasureTally, id: string, answer: Refusal, code: ErasureFailureCode, note = ''): void {
  const uncertain = tally.uncertainty(id);
  // After an unanswered attempt, "not found" most likely means that attempt deleted it: we still can't confirm it.
  if (answer.notFound && uncertain !== undefined) {
    tally.fail(id, uncertain.code, `iDenfy no longer knows this scan-ref after an earlier attempt got no clear answer (${uncertain.message}); it was probably deleted then, but that is not confirmed. ${answer.message}`);
    return;
  }
  tally.fail(id, code, `${answer.message}${note}`);
}

/**
 * Records what one request's answer means for its scanRefs and returns the ones still to send: after a refusal
 * that names a sent id, the ids before it are deleted (iDenfy works in order) and the ids after it go out again.
 */
export function settleAnswer(answer: IdenfyAnswer, sent: readonly string[], tally: ErasureTally): string[] {
  switch (answer.kind) {
    case 'deleted':
      tally.markDeleted(sent);
      return [];
    case 'refused': {
      // A lone id is what the refusal is about, named or not.
      const index = sent.length === 1 ? 0 : answer.named === undefined ? -1 : sent.indexOf(answer.named);
      const culprit = sent[index];
      if (culprit === undefined) {
        // We can't tell how far iDenfy got, so nothing is confirmed; nor is any one id known to be invalid.
        const code = answer.code === 'INVALID_ID' ? 'REJECTED' : answer.code;
        const note = ` (iDenfy named none of the ${sent.length} scan-refs of this request, so none is confirmed deleted.)`;
        for (const id of sent) failRefused(tally, id, answer, code, note);
        return [];
      }
      tally.markDeleted(sent.slice(0, index));
      failRefused(tally, culprit, answer, answer.code);
      return sent.slice(index + 1);
    }
    case 'halt':
    case 'transient':
      for (const id of sent) tally.fail(id, answer.code, answer.message);
      tally.halt(answer.code, answer.message);
      return [];
    case 'aborted':
      return [];
    default:
      return answer satisfies never;
  }
}
