import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentList, DocumentManager, LiveRegion, useAnnounce } from '../src/index.js';
import { ar } from '../src/i18n/ar/index.js';
import { renderWithDocuments, setupFakeDocuments } from './document-list/fake-documents.js';

setupFakeDocuments();

/** A button that says `text` through the nearest live region. */
function Say({ text }: { text: string }) {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => announce(text)}>
      Say {text}
    </button>
  );
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('LiveRegion', () => {
  it('given an Arabic widget on an English page, it should speak its messages in Arabic, right to left', async () => {
    document.documentElement.lang = 'en';
    renderWithDocuments(<DocumentManager types={[{ id: 1, label: 'جواز السفر' }]} locale="ar" messages={ar} limit={2} />);
    await screen.findByRole('list', { name: 'مستنداتك' });
    await userEvent.click(screen.getByRole('button', { name: 'عرض المزيد' }));
    const region = screen.getByRole('status');
    await waitFor(() => expect(region).toHaveTextContent('4 مستندات'));
    expect(region).toHaveAttribute('lang', 'ar');
    expect(region).toHaveAttribute('dir', 'rtl');
  });

  it('given widgets in two languages under one region, it should give each message its own language', async () => {
    renderWithDocuments(
      <LiveRegion>
        <DocumentList limit={2} locale="ar" messages={ar} />
        <DocumentList limit={1} />
      </LiveRegion>,
    );
    const [arabic] = await screen.findAllByRole('list');
    await userEvent.click(screen.getByRole('button', { name: 'عرض المزيد' }));
    const region = screen.getByRole('status');
    await waitFor(() => expect(region).toHaveTextContent('4 مستندات'));
    expect(region).toHaveAttribute('lang', 'ar');
    expect(within(arabic!).getAllByRole('listitem')).toHaveLength(4);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(region).toHaveTextContent('2 documents'));
    expect(region).toHaveAttribute('lang', 'en');
    expect(region).toHaveAttribute('dir', 'ltr');
  });

  describe('once a message has had time to be read', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('should empty itself 7 s after the last message, so that no stale "Uploaded" is met later; the same text again is read again', () => {
      vi.useFakeTimers();
      const { unmount } = render(
        <LiveRegion>
          <Say text="scan.jpg: Uploaded" />
          <Say text="bill.pdf: Uploaded" />
        </LiveRegion>,
      );
      const region = screen.getByRole('status');
      fireEvent.click(screen.getByRole('button', { name: 'Say scan.jpg: Uploaded' }));
      expect(region).toHaveTextContent('scan.jpg: Uploaded');
      wait(5000);
      // A newer message: its own 7 s start.
      fireEvent.click(screen.getByRole('button', { name: 'Say bill.pdf: Uploaded' }));
      wait(6999);
      expect(region.textContent).toBe('bill.pdf: Uploaded');
      wait(1);
      expect(region.textContent).toBe('');

      // After the emptying, the same text is a change from nothing; twice in a row, it still changes (no-break space).
      fireEvent.click(screen.getByRole('button', { name: 'Say bill.pdf: Uploaded' }));
      expect(region.textContent).toBe('bill.pdf: Uploaded');
      fireEvent.click(screen.getByRole('button', { name: 'Say bill.pdf: Uploaded' }));
      expect(region.textContent).toBe('bill.pdf: Uploaded\u00a0');

      // No timer outlives the region.
      expect(vi.getTimerCount()).toBe(1);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
