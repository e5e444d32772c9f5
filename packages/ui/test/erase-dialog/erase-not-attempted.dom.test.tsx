import { createErasureClient, type ErasureReport } from '@iddocs/hooks/erasure';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EraseDataDialog } from '../../src/index.js';

const BASE = 'http://portal.test';
const bodies: unknown[] = [];
/** The proxy's next answers, in order. */
const answers: ErasureReport[] = [];

const proxy = setupServer(
  http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
    bodies.push(await request.json());
    return HttpResponse.json(answers.shift());
  }),
);
beforeAll(() => proxy.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  bodies.length = 0;
  answers.length = 0;
});
afterAll(() => proxy.close());

const client = createErasureClient({ baseUrl: BASE });
const target = { kind: 'verifications', scanRefs: ['scan-a', 'scan-b', 'scan-c'] } as const;
const busy = { code: 'RATE_LIMITED', message: 'Too many requests.', retryable: true } as const;

/** Erases `target`, then tries again for the rest; returns every report onErased got. */
async function eraseThenRetryTheRest() {
  const erased: ErasureReport[] = [];
  const user = userEvent.setup();
  render(<EraseDataDialog client={client} target={target} onErased={(report) => erased.push(report)} />);
  await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
  await user.click(screen.getByRole('button', { name: 'Erase' }));
  await user.click(await screen.findByRole('button', { name: 'Try again for the rest' }));
  await waitFor(() => expect(erased).toHaveLength(2));
  return erased;
}

const outcomes = () => within(screen.getByRole('list', { name: 'Outcome per item' })).getAllByRole('listitem').map((item) => item.textContent);

describe('EraseDataDialog, items the proxy did not attempt', () => {
  it('tries them again with the rest, and once they are erased, counts each once: everything was erased', async () => {
    answers.push(
      { ok: false, deleted: ['scan-a'], failed: [], notAttempted: ['scan-b', 'scan-c'] },
      { ok: true, deleted: ['scan-b', 'scan-c'], failed: [], notAttempted: [] },
    );
    const erased = await eraseThenRetryTheRest();
    expect(bodies).toEqual([{ scanRefs: ['scan-a', 'scan-b', 'scan-c'] }, { scanRefs: ['scan-b', 'scan-c'] }]);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Erasure finished');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription('3 deleted');
    expect(outcomes()).toEqual(['scan-a: deleted', 'scan-b: deleted', 'scan-c: deleted']);
    expect(erased.at(-1)).toEqual({ ok: true, deleted: ['scan-a', 'scan-b', 'scan-c'], failed: [], notAttempted: [] });
  });

  it('given one still not attempted after the retry, says not everything was erased, in the title and to onErased', async () => {
    answers.push(
      { ok: false, deleted: ['scan-a'], failed: [{ id: 'scan-b', ...busy }], notAttempted: ['scan-c'] },
      { ok: false, deleted: ['scan-b'], failed: [], notAttempted: ['scan-c'] },
    );
    const erased = await eraseThenRetryTheRest();
    expect(bodies.at(-1)).toEqual({ scanRefs: ['scan-b', 'scan-c'] });
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Not everything was erased');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription('2 deleted, 1 not attempted');
    expect(erased.at(-1)).toEqual({ ok: false, deleted: ['scan-a', 'scan-b'], failed: [], notAttempted: ['scan-c'] });
  });
});
