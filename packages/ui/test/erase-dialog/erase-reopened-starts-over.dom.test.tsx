import { createErasureClient, type ErasureReport } from '@iddocs/hooks/erasure';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EraseDataDialog } from '../../src/index.js';

const BASE = 'http://portal.test';
const bodies: unknown[] = [];
let answers = 0;

/** As @iddocs/server's handler for iDenfy: `scan-active` still in use, the rest deleted; the second answer is lost. */
const proxy = setupServer(
  http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
    const { scanRefs } = (await request.json()) as { scanRefs: string[] };
    bodies.push({ scanRefs });
    if (++answers === 2) return HttpResponse.error();
    const report: ErasureReport = {
      ok: !scanRefs.includes('scan-active'),
      deleted: scanRefs.filter((id) => id !== 'scan-active'),
      failed: scanRefs.filter((id) => id === 'scan-active').map((id) => ({ id, code: 'NOT_YET_DELETABLE', message: 'Token has not expired yet.', retryable: true })),
      notAttempted: [],
    };
    return HttpResponse.json(report);
  }),
);
beforeAll(() => proxy.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  bodies.length = 0;
  answers = 0;
});
afterAll(() => proxy.close());

const client = createErasureClient({ baseUrl: BASE });
const three = { kind: 'verifications', scanRefs: ['scan-ok', 'scan-other', 'scan-active'] } as const;

it('given a failed "Try again for the rest", closed, then opened again, asks about every item again and erases them all', async () => {
  const user = userEvent.setup();
  render(<EraseDataDialog client={client} target={three} />);
  await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
  await user.click(screen.getByRole('button', { name: 'Erase' }));
  await user.click(await screen.findByRole('button', { name: 'Try again for the rest' }));
  await screen.findByRole('alert');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Erase your verification data?' });
  expect(dialog).toHaveAccessibleDescription(/permanently deletes 3 items /);
  await user.click(screen.getByRole('button', { name: 'Erase' }));
  await screen.findByRole('alertdialog', { name: 'Not everything was erased' });
  expect(bodies.at(-1)).toEqual({ scanRefs: ['scan-ok', 'scan-other', 'scan-active'] });
});
