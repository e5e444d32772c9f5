import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DocumentList, LiveRegion } from '../../src/index.js';
import { ar } from '../../src/i18n/ar/index.js';
import { de } from '../../src/i18n/de/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from './fake-documents.js';

const api = setupFakeDocuments();

async function findRows(name = 'Your documents') {
  return within(await screen.findByRole('list', { name })).getAllByRole('listitem');
}

describe('DocumentList', () => {
  it('shows a busy skeleton with a spoken "Loading documents…" until the first page arrives', async () => {
    api.inject('list', { type: 'latency', ms: 150 });
    const { container } = renderWithDocuments(<DocumentList />);
    const root = container.querySelector('[data-part="root"]');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveAttribute('data-state', 'pending');
    expect(screen.getByText('Loading documents…')).toBeInTheDocument();
    await expectAccessible();
    expect(await findRows()).toHaveLength(5);
    expect(root).toHaveAttribute('aria-busy', 'false');
    expect(root).toHaveAttribute('data-state', 'success');
  });

  it('shows each document with its type, file name, upload date and status, and why it was rejected', async () => {
    renderWithDocuments(<DocumentList />);
    const rows = await findRows();
    const licence = rows.find((row) => row.textContent?.includes('drivers-licence.jpg'))!;
    expect(within(licence).getByText("Driver's licence")).toBeInTheDocument();
    expect(within(licence).getByText(/^Uploaded \w{3} \d+, \d{4}$/)).toBeInTheDocument();
    expect(within(licence).getByText('Rejected')).toHaveAttribute('data-state', 'rejected');
    expect(licence).toHaveTextContent('The photo is blurred. Please upload a sharper picture.');
    const passport = rows.find((row) => row.textContent?.includes('passport.jpg'))!;
    expect(within(passport).getByText('Approved')).toHaveAttribute('data-state', 'approved');
    expect(within(passport).queryByText(/blurred/)).toBeNull();
    expect(rows.filter((row) => within(row).queryByText('Pending'))).toHaveLength(2);
    await expectAccessible();
  });

  it('calls a status it does not know "In review"', async () => {
    api.inject('list', { type: 'unknown-status', status: 'escalated_to_compliance' });
    renderWithDocuments(<DocumentList />);
    for (const row of await findRows()) expect(within(row).getByText('In review')).toHaveAttribute('data-state', 'in_review');
  });

  it('names every delete button after its document, with your type labels first', async () => {
    renderWithDocuments(<DocumentList typeLabels={{ 1: 'Travel passport' }} />);
    await findRows();
    expect(screen.getByRole('button', { name: 'Delete Travel passport — passport.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Proof of address — utility-bill.pdf' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Delete / })).toHaveLength(5);
  });

  it('says so when there are no documents', async () => {
    api.clearFaults();
    api.inject('list', { type: 'status', status: 200, body: [] });
    const { container } = renderWithDocuments(<DocumentList />);
    expect(await screen.findByText('You have not uploaded any documents yet.')).toBeInTheDocument();
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('list')).toBeNull();
    await expectAccessible();
  });

  it('offers Retry when the documents cannot be loaded, and lists them once they can', async () => {
    api.inject('list', { type: 'status', status: 500 });
    const { container } = renderWithDocuments(<DocumentList />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your documents could not be loaded.');
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'error');
    await expectAccessible();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findRows()).toHaveLength(5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('loads more, page by page, says how many are listed, and drops the button at the end', async () => {
    renderWithDocuments(
      <LiveRegion>
        <DocumentList limit={2} />
      </LiveRegion>,
    );
    expect(await findRows()).toHaveLength(2);
    // Long enough that the page is still loading when the click returns, even on a loaded machine.
    api.inject('list', { type: 'latency', ms: 1500 });
    const more = screen.getByRole('button', { name: 'Load more' });
    await userEvent.click(more);
    expect(more).toHaveTextContent('Loading…');
    expect(more).toHaveAttribute('aria-disabled', 'true');
    await waitFor(async () => expect(await findRows()).toHaveLength(4), { timeout: 5000 });
    // Announced after the rows render, from an effect: wait for it rather than race it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('4 documents'));
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect(await findRows()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    await expectAccessible();
  });

  it('says a failed "Load more" beside its button, not as a list that could not be refreshed, and loads the page when pressed again', async () => {
    renderWithDocuments(<DocumentList limit={2} />);
    expect(await findRows()).toHaveLength(2);
    api.inject('list', { type: 'status', status: 503 });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('More documents could not be loaded. Try again.');
    expect(screen.queryByText('Your documents could not be refreshed.', { exact: false })).toBeNull();
    // Where the person is: right before the button they pressed.
    expect(alert.nextElementSibling).toBe(screen.getByRole('button', { name: 'Load more' }));
    expect(await findRows()).toHaveLength(2);
    await expectAccessible();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect(await findRows()).toHaveLength(4));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('by keyboard, keeps focus on "Load more" while there are more pages, then moves it to the first new row when the button goes', async () => {
    renderWithDocuments(<DocumentList limit={2} />);
    expect(await findRows()).toHaveLength(2);
    const more = screen.getByRole('button', { name: 'Load more' });
    while (document.activeElement !== more) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect(await findRows()).toHaveLength(4));
    expect(screen.getByRole('button', { name: 'Load more' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect(await findRows()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const fifth = (await findRows())[4]!;
    await waitFor(() => expect(within(fifth).getByRole('button', { name: /^Delete / })).toHaveFocus());
  });

  it('does no work per row while the dialog opens and closes or the next page loads', async () => {
    // The list reads each row's status word when it makes the row: count those reads.
    let reads = 0;
    const messages = new Proxy<Partial<Messages>>(
      {},
      {
        get(target, key) {
          if (typeof key === 'string' && key.startsWith('common.status.')) reads++;
          return Reflect.get(target, key);
        },
      },
    );
    renderWithDocuments(<DocumentList messages={messages} limit={3} />);
    expect(await findRows()).toHaveLength(3);
    expect(reads).toBe(3);
    await userEvent.click(screen.getAllByRole('button', { name: /^Delete / })[0]!);
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(reads).toBe(3);
    api.inject('list', { type: 'latency', ms: 100 });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(screen.getByRole('button', { name: 'Loading…' })).toBeInTheDocument();
    expect(reads).toBe(3);
    await waitFor(async () => expect(await findRows()).toHaveLength(5));
    expect(reads).toBe(3 + 5);
  });

  it('speaks German', async () => {
    renderWithDocuments(<DocumentList locale="de" messages={de} />);
    const rows = await findRows('Ihre Dokumente');
    expect(rows[0]!.closest('[data-part="root"]')).toHaveAttribute('lang', 'de');
    expect(screen.getByText('Abgelehnt')).toBeInTheDocument();
    expect(screen.getAllByText(/^Hochgeladen am \d+\.\d+\.\d{4}$/)).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Löschen: Passport — passport.jpg' })).toBeInTheDocument();
  });

  it('reads right to left in Arabic', async () => {
    renderWithDocuments(<DocumentList locale="ar" messages={ar} />);
    const rows = await findRows('مستنداتك');
    expect(rows[0]!.closest('[data-part="root"]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('مرفوض')).toBeInTheDocument();
    await expectAccessible();
  });
});
