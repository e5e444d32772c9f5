import { createErasureClient, type ErasureReport } from '@iddocs/hooks/erasure';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EraseDataDialog, LiveRegion } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import type { Messages } from '../../src/i18n/messages.js';

const BASE = 'http://portal.test';
let bodies: unknown[] = [];

/** Answers as @iddocs/server's handler does for iDenfy: `scan-active` is still in use, the rest deleted. */
const proxy = setupServer(
  http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
    const body = (await request.json()) as { scanRefs: string[] };
    bodies.push(body);
    await delay(40);
    const report: ErasureReport = {
      ok: !body.scanRefs.includes('scan-active'),
      deleted: body.scanRefs.filter((id) => id !== 'scan-active'),
      failed: body.scanRefs
        .filter((id) => id === 'scan-active')
        .map((id) => ({ id, code: 'NOT_YET_DELETABLE', message: 'Token has not expired yet.', retryable: true })),
      notAttempted: [],
    };
    return HttpResponse.json(report);
  }),
);
beforeAll(() => proxy.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  proxy.resetHandlers();
  bodies = [];
});
afterAll(() => proxy.close());

const client = createErasureClient({ baseUrl: BASE });
const target = { kind: 'verifications', scanRefs: ['scan-ok', 'scan-active'] } as const;
const three = { kind: 'verifications', scanRefs: ['scan-ok', 'scan-other', 'scan-active'] } as const;
const labels = { 'scan-ok': 'Passport check, 3 March', 'scan-active': 'ID card check, 20 November' };

/** Every id deleted except `kept`, which is still in use. */
function reportKeeping(ids: string[], kept?: string): ErasureReport {
  return {
    ok: !ids.includes(kept!),
    deleted: ids.filter((id) => id !== kept),
    failed: ids.filter((id) => id === kept).map((id) => ({ id, code: 'NOT_YET_DELETABLE', message: 'Token has not expired yet.', retryable: true })),
    notAttempted: [],
  };
}

async function expectNoAxeViolations() {
  // Contrast needs real layout; the Storybook stories check it in Chromium.
  const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

describe('EraseDataDialog', () => {
  it('asks first: an alert dialog naming how many items, with Cancel focused', async () => {
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} labels={labels} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Erase your verification data?' });
    expect(dialog).toHaveAccessibleDescription(/permanently deletes 2 items/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bodies).toEqual([]);
  });

  it('erases, then says per item what happened in plain words, and announces the summary', async () => {
    const user = userEvent.setup();
    const erased: ErasureReport[] = [];
    render(
      <LiveRegion>
        <EraseDataDialog client={client} target={target} labels={labels} onErased={(report) => erased.push(report)} />
      </LiveRegion>,
    );
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    expect(screen.getByRole('button', { name: 'Erasing…' })).toHaveAttribute('aria-disabled', 'true');

    const dialog = await screen.findByRole('alertdialog', { name: 'Not everything was erased' });
    expect(dialog).toHaveAccessibleDescription('1 deleted, 1 can be deleted later');
    const outcomes = within(dialog).getAllByRole('listitem').map((item) => item.textContent);
    expect(outcomes).toEqual(['Passport check, 3 March: deleted', 'ID card check, 20 November: still in use; it can be deleted later']);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('1 deleted, 1 can be deleted later.');
    expect(bodies).toEqual([{ scanRefs: ['scan-ok', 'scan-active'] }]);
    expect(erased.map((report) => report.deleted)).toEqual([['scan-ok']]);
    await expectNoAxeViolations();
  });

  it('while open, hides the page from assistive technology (aria-modal) yet speaks its outcome: it owns the live region', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <h1>Your data at our partners</h1>
        <p>Our verification partner keeps the photos of your identity checks.</p>
        <EraseDataDialog client={client} target={target} />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Outside the dialog, the region (and what holds it) is all Radix leaves exposed: VoiceOver, honouring
    // aria-modal, would drop it too, were it not the dialog's own.
    const region = screen.getByRole('status');
    expect(region.closest('[aria-hidden="true"], [inert]')).toBeNull();
    expect(region.id).not.toBe('');
    expect(dialog.getAttribute('aria-owns')?.split(' ')).toEqual([region.id]);
    expect(screen.queryByRole('heading', { name: 'Your data at our partners' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Erase' }));
    await waitFor(() => expect(region).toHaveTextContent('1 deleted, 1 can be deleted later.'));
    expect(screen.getByRole('alertdialog')).toBe(dialog);
    await expectNoAxeViolations();
  });

  it('tries again only for the items that may succeed later', async () => {
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    await user.click(await screen.findByRole('button', { name: 'Try again for the rest' }));
    await waitFor(() => expect(bodies).toEqual([{ scanRefs: ['scan-ok', 'scan-active'] }, { scanRefs: ['scan-active'] }]));
  });

  it('after "Try again for the rest" fails, it should name only the items it retries, say not everything was erased, and Try again should send only those', async () => {
    let calls = 0;
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
        const body = (await request.json()) as { scanRefs: string[] };
        bodies.push(body);
        await delay(40);
        if (++calls === 2) return HttpResponse.error();
        return HttpResponse.json(reportKeeping(body.scanRefs, 'scan-active'));
      }),
    );
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={three} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    await user.click(await screen.findByRole('button', { name: 'Try again for the rest' }));
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(/permanently deletes 1 item /);
    // The button pressed is gone: focus moved to the confirm button ("Erasing…", then "Try again").
    expect(await screen.findByRole('alert')).toHaveTextContent('The erasure service could not be reached.');
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    // The first attempt erased some: not "failed", which would read as if nothing had been.
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Not everything was erased');
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription('The erasure service could not be reached. Check your connection and try again.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const done = await screen.findByRole('alertdialog', { name: 'Not everything was erased' });
    expect(bodies).toEqual([{ scanRefs: ['scan-ok', 'scan-other', 'scan-active'] }, { scanRefs: ['scan-active'] }, { scanRefs: ['scan-active'] }]);
    expect(done).toHaveAccessibleDescription('2 deleted, 1 can be deleted later');
  });

  it('after a successful "Try again for the rest", it should keep the earlier outcomes: the summary and onErased cover every item', async () => {
    let calls = 0;
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
        const body = (await request.json()) as { scanRefs: string[] };
        bodies.push(body);
        return HttpResponse.json(++calls === 1 ? reportKeeping(body.scanRefs, 'scan-active') : reportKeeping(body.scanRefs));
      }),
    );
    const erased: ErasureReport[] = [];
    const user = userEvent.setup();
    render(
      <LiveRegion>
        <EraseDataDialog client={client} target={three} onErased={(report) => erased.push(report)} />
      </LiveRegion>,
    );
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    await user.click(await screen.findByRole('button', { name: 'Try again for the rest' }));
    await waitFor(() => expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription('3 deleted'));
    // Nothing left: "finished" now, where the first outcome said not everything was erased.
    expect(screen.getByRole('alertdialog')).toHaveAccessibleName('Erasure finished');
    const outcomes = within(screen.getByRole('list', { name: 'Outcome per item' })).getAllByRole('listitem');
    expect(outcomes.map((item) => item.textContent)).toEqual(['scan-ok: deleted', 'scan-other: deleted', 'scan-active: deleted']);
    expect(screen.queryByRole('button', { name: 'Try again for the rest' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 deleted.'));
    expect(bodies).toEqual([{ scanRefs: ['scan-ok', 'scan-other', 'scan-active'] }, { scanRefs: ['scan-active'] }]);
    expect(erased).toEqual([
      { ok: false, deleted: ['scan-ok', 'scan-other'], failed: [expect.objectContaining({ id: 'scan-active' })], notAttempted: [] },
      { ok: true, deleted: ['scan-ok', 'scan-other', 'scan-active'], failed: [], notAttempted: [] },
    ]);
  });

  it('on its own, with no LiveRegion around, it should announce the outcome through its own', async () => {
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    await screen.findByRole('alertdialog', { name: 'Not everything was erased' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 deleted, 1 can be deleted later.'));
  });

  it('when the proxy refuses, it should say so once: in the alert, not again in the live region', async () => {
    proxy.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'no' } }, { status: 403 })));
    const user = userEvent.setup();
    render(
      <LiveRegion>
        <EraseDataDialog client={client} target={target} />
      </LiveRegion>,
    );
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to erase these items.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('when the proxy refuses (403), it should give the plain reason and offer only Close: trying again cannot help', async () => {
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'authorize refused' } }, { status: 403 });
      }),
    );
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You are not allowed to erase these items. Nothing was erased.');
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Close']);
    // The confirm button went: focus is on Close, not lost to the page.
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await expectNoAxeViolations();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bodies).toHaveLength(1);
  });

  it.each([
    ['refused by your authorize hook', 'FORBIDDEN', 403, 'Erasure not allowed', 'You are not allowed to erase these items. Nothing was erased.'],
    ['refused for its origin', 'ORIGIN_NOT_ALLOWED', 403, 'Erasure not allowed', 'You are not allowed to erase these items. Nothing was erased.'],
    ['when the partner is down', 'UPSTREAM_UNAVAILABLE', 502, 'Erasure failed', 'Our verification partner cannot be reached right now, so the erasure could not be confirmed. Try again later.'],
    ['when the proxy fails', 'INTERNAL', 500, 'Erasure failed', 'The erasure could not be started. Nothing was erased.'],
  ])('%s, its title and description should say what happened, in place of the question', async (_, code, status, title, description) => {
    proxy.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => HttpResponse.json({ error: { code, message: 'no' } }, { status })));
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} defaultOpen />);
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = await screen.findByRole('alertdialog', { name: title });
    expect(dialog).toHaveAccessibleDescription(description);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(description);
    expect(dialog).not.toHaveTextContent(/Erase your verification data\?|permanently deletes/);
    await expectNoAxeViolations();
  });

  it("says per item, in the person's words, what the partner refused, never the partner's own message", async () => {
    const refused: ErasureReport = {
      ok: false,
      deleted: [],
      failed: [
        { id: 'scan-ok', code: 'INVALID_ID', message: 'iDenfy answered 400 BAD_VALUE: Scan-ref not found.', retryable: false },
        { id: 'scan-active', code: 'REJECTED', message: 'iDenfy answered 400: Refused for reasons of its own.', retryable: false },
      ],
      notAttempted: [],
    };
    proxy.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => HttpResponse.json(refused)));
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} labels={labels} defaultOpen />);
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Not everything was erased' });
    expect(dialog).toHaveAccessibleDescription('1 not found, 1 could not be deleted');
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Passport check, 3 March: not found; it may have been erased already',
      'ID card check, 20 November: could not be deleted; please contact us',
    ]);
    expect(dialog).not.toHaveTextContent(/iDenfy|BAD_VALUE/);
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(['Close']);
  });

  it.each([
    ['a 404 page (no handler at that path): trying again cannot help', 404, ['Close']],
    ["a gateway's 502 page: it may pass", 502, ['Cancel', 'Try again']],
  ])('after an answer not from the proxy, %s', async (_, status, buttons) => {
    proxy.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => new HttpResponse('<h1>Error</h1>', { status, headers: { 'content-type': 'text/html' } })));
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} defaultOpen />);
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Erasure failed' });
    expect(within(dialog).getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
  });

  it('when the proxy cannot be reached, it should say the erasure failed, and ask again when Try again runs', async () => {
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async () => {
        await delay(40);
        return HttpResponse.error();
      }),
    );
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} defaultOpen />);
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Erasure failed' });
    expect(dialog).toHaveAccessibleDescription('The erasure service could not be reached. Check your connection and try again.');
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(dialog).toHaveAccessibleName('Erase your verification data?');
    expect(within(dialog).getByRole('button', { name: 'Erasing…' })).toHaveFocus();
    await within(dialog).findByRole('alert');
  });

  it('titles a refusal in every language', async () => {
    proxy.use(http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, () => HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'no' } }, { status: 403 })));
    const user = userEvent.setup();
    const refused: [string, Partial<Messages>, string, string][] = [
      ['de', de, 'Löschen', 'Löschung nicht erlaubt'],
      ['ar', ar, 'محو', 'المحو غير مسموح'],
    ];
    for (const [locale, messages, erase, title] of refused) {
      const { unmount } = render(<EraseDataDialog client={client} target={target} locale={locale} messages={messages} defaultOpen />);
      await user.click(screen.getByRole('button', { name: erase }));
      expect(await screen.findByRole('alertdialog', { name: title })).toHaveAccessibleDescription(messages['erase.error.forbidden'] as string);
      unmount();
    }
  });

  it.each([
    ['FORBIDDEN', 403, false],
    ['ORIGIN_NOT_ALLOWED', 403, false],
    ['INVALID_IDS', 400, false],
    ['PAYLOAD_TOO_LARGE', 413, false],
    ['UPSTREAM_UNAVAILABLE', 502, true],
    ['RATE_LIMITED', 429, true],
    ['INTERNAL', 500, true],
  ])('after a %s (%i), it should offer "Try again" only if trying again may help (%s)', async (code, status, retryable) => {
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ error: { code, message: 'no' } }, { status });
      }),
    );
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    const dialog = screen.getByRole('alertdialog');
    await within(dialog).findByRole('alert');
    // Focus moves to the outcome's last button after the commit that shows it (an effect): wait for both.
    await waitFor(() => {
      const shown = within(dialog).getAllByRole('button');
      expect(shown.map((button) => button.textContent)).toEqual(retryable ? ['Cancel', 'Try again'] : ['Close']);
      expect(shown.at(-1)).toHaveFocus();
    });
    const buttons = within(dialog).getAllByRole('button');
    await user.click(buttons.at(-1)!);
    await waitFor(() => expect(bodies).toHaveLength(retryable ? 2 : 1));
  });

  it('when the proxy cannot be reached, it should keep "Try again", which sends again and can succeed', async () => {
    let calls = 0;
    proxy.use(
      http.post(`${BASE}/api/erasure/idenfy/verifications/delete`, async ({ request }) => {
        const body = (await request.json()) as { scanRefs: string[] };
        bodies.push(body);
        return ++calls === 1 ? HttpResponse.error() : HttpResponse.json(reportKeeping(body.scanRefs));
      }),
    );
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The erasure service could not be reached.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alertdialog', { name: 'Erasure finished' })).toHaveAccessibleDescription('2 deleted');
    expect(bodies).toHaveLength(2);
  });

  it('does not close with Escape while erasing', async () => {
    const user = userEvent.setup();
    render(<EraseDataDialog client={client} target={target} />);
    await user.click(screen.getByRole('button', { name: 'Erase my verification data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(await screen.findByRole('alertdialog', { name: 'Not everything was erased' })).toBeInTheDocument();
  });

  it('for Mews targets, speaks of ID documents at the hotels, not of verification data, in every language', async () => {
    proxy.use(
      http.post(`${BASE}/api/erasure/mews/identity-documents/:action`, () =>
        HttpResponse.json({ error: { code: 'UPSTREAM_UNAVAILABLE', message: 'Mews is down.' } }, { status: 502 }),
      ),
    );
    const user = userEvent.setup();
    const documents = { kind: 'identity-documents', identityDocumentIds: ['doc-1', 'doc-2'] } as const;
    const { unmount } = render(<EraseDataDialog client={client} target={documents} />);
    await user.click(screen.getByRole('button', { name: 'Erase my ID documents at our hotels' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Erase your ID documents at our hotels?' });
    expect(dialog).toHaveAccessibleDescription('This permanently deletes 2 identity documents held by our hotels’ system. It cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Erase' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Our hotels’ system cannot be reached right now, so the erasure could not be confirmed. Try again later.');
    unmount();

    const customers = { kind: 'customers', customerIds: ['guest-1'] } as const;
    const german = render(<EraseDataDialog client={client} target={customers} locale="de" messages={de} defaultOpen />);
    expect(screen.getByRole('alertdialog', { name: 'Ihre Ausweisdokumente bei unseren Hotels löschen?' })).toHaveAccessibleDescription(/1 Ausweisdokument im System unserer Hotels/);
    german.unmount();
    render(<EraseDataDialog client={client} target={customers} locale="ar" messages={ar} defaultOpen />);
    expect(screen.getByRole('alertdialog', { name: 'هل تريد محو وثائق هويتك لدى فنادقنا؟' })).toHaveAccessibleDescription(/وثيقة هوية واحدة/);
  });

  it('titles the outcome "finished" only when every item was erased, in every language', async () => {
    const user = userEvent.setup();
    const partial: [string, Partial<Messages>, string, string][] = [
      ['en', {}, 'Erase', 'Not everything was erased'],
      ['de', de, 'Löschen', 'Nicht alles wurde gelöscht'],
      ['ar', ar, 'محو', 'لم يُمحَ كل شيء'],
    ];
    for (const [locale, messages, erase, title] of partial) {
      const { unmount } = render(<EraseDataDialog client={client} target={target} locale={locale} messages={messages} defaultOpen />);
      await user.click(screen.getByRole('button', { name: erase }));
      expect(await screen.findByRole('alertdialog', { name: title })).toBeInTheDocument();
      unmount();
    }
    const all = { kind: 'verifications', scanRefs: ['scan-ok', 'scan-other'] } as const;
    const finished: [string, Partial<Messages>, string, string][] = [
      ['en', {}, 'Erase', 'Erasure finished'],
      ['de', de, 'Löschen', 'Löschung abgeschlossen'],
      ['ar', ar, 'محو', 'اكتمل المحو'],
    ];
    for (const [locale, messages, erase, title] of finished) {
      const { unmount } = render(<EraseDataDialog client={client} target={all} locale={locale} messages={messages} defaultOpen />);
      await user.click(screen.getByRole('button', { name: erase }));
      expect(await screen.findByRole('alertdialog', { name: title })).toBeInTheDocument();
      unmount();
    }
  });

  it('speaks German, and Arabic right to left with Arabic plural forms', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<EraseDataDialog client={client} target={target} locale="de" messages={de} />);
    await user.click(screen.getByRole('button', { name: 'Meine Verifizierungsdaten löschen' }));
    expect(screen.getByRole('alertdialog', { name: 'Verifizierungsdaten löschen?' })).toHaveAccessibleDescription(/2 Einträge/);
    unmount();

    render(<EraseDataDialog client={client} target={target} locale="ar" messages={ar} defaultOpen />);
    const dialog = screen.getByRole('alertdialog', { name: 'هل تريد محو بيانات التحقق؟' });
    expect(dialog.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(dialog).toHaveAccessibleDescription(/عنصرين/);
  });
});
