import { createErasureClient, type ErasureReport } from '@iddocs/hooks/erasure';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EraseDataDialog, type ErasureTarget } from '../../src/index.js';

const BASE = 'http://portal.test';
const sent: { action: string; body: unknown }[] = [];

/** The proxy's Mews routes: every id deleted. */
const proxy = setupServer(
  http.post(`${BASE}/api/erasure/mews/identity-documents/:action`, async ({ request, params }) => {
    const body = (await request.json()) as { identityDocumentIds?: string[]; customerIds?: string[] };
    sent.push({ action: String(params['action']), body });
    const report: ErasureReport = { ok: true, deleted: body.identityDocumentIds ?? body.customerIds ?? [], failed: [], notAttempted: [] };
    return HttpResponse.json(report);
  }),
);
beforeAll(() => proxy.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sent.length = 0;
});
afterAll(() => proxy.close());

const client = createErasureClient({ baseUrl: BASE });

async function erase(target: ErasureTarget) {
  const user = userEvent.setup();
  const { unmount } = render(<EraseDataDialog client={client} target={target} defaultOpen />);
  await user.click(screen.getByRole('button', { name: 'Erase' }));
  await screen.findByRole('alertdialog', { name: 'Erasure finished' });
  unmount();
}

it('erases at the Mews chain it is given, for identity documents and for customers alike', async () => {
  await erase({ kind: 'identity-documents', identityDocumentIds: ['doc-1'], chainId: 'chain-7' });
  await erase({ kind: 'customers', customerIds: ['guest-1'], chainId: 'chain-7' });
  await erase({ kind: 'customers', customerIds: ['guest-2'] });
  expect(sent).toEqual([
    { action: 'delete', body: { identityDocumentIds: ['doc-1'], chainId: 'chain-7' } },
    { action: 'clear', body: { customerIds: ['guest-1'], chainId: 'chain-7' } },
    { action: 'clear', body: { customerIds: ['guest-2'] } },
  ]);
});
