import type { ErasureReport } from '@iddocs/hooks/erasure';
import { delay, http, HttpResponse } from 'msw';
import type { MswApi } from 'msw-storybook-addon/types';

/** How the stand-in proxy answers: a report per id outcome, an error, or never (to hold the pending state). */
export type ProxyAnswer =
  | { report: (scanRefs: string[]) => ErasureReport }
  | { error: { status: number; code: string; message: string } }
  | 'never'
  | 'network-error';

/**
 * A story's stand-in for `@iddocs/server`'s erasure handler (which is server-only and cannot run in a browser):
 * it answers the handler's documented wire format, which packages/server/test/browser-client checks against the
 * real handler. Several answers: one per request, the last one repeated. Returns a story `beforeEach`.
 */
export function erasureProxy(...answers: [ProxyAnswer, ...ProxyAnswer[]]) {
  return (context: unknown) => {
    let calls = 0;
    (context as { msw: MswApi }).msw.use(
      http.post('*/api/erasure/idenfy/verifications/delete', async ({ request }) => {
        const answer = answers[Math.min(calls++, answers.length - 1)]!;
        if (answer === 'never') {
          await delay('infinite');
          return HttpResponse.error();
        }
        await delay(300);
        if (answer === 'network-error') return HttpResponse.error();
        if ('error' in answer) {
          const { status, code, message } = answer.error;
          return HttpResponse.json({ error: { code, message } }, { status });
        }
        const { scanRefs } = (await request.json()) as { scanRefs: string[] };
        return HttpResponse.json(answer.report(scanRefs));
      }),
    );
  };
}

/** Every id deleted except those listed as still in use (iDenfy: "Token has not expired yet"). */
export function reportWith(stillInUse: readonly string[] = []): (scanRefs: string[]) => ErasureReport {
  return (scanRefs) => ({
    ok: stillInUse.length === 0,
    deleted: scanRefs.filter((id) => !stillInUse.includes(id)),
    failed: scanRefs
      .filter((id) => stillInUse.includes(id))
      .map((id) => ({ id, code: 'NOT_YET_DELETABLE', message: 'Token has not expired yet.', retryable: true })),
    notAttempted: [],
  });
}
