import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DocumentList, DocumentManager, LiveRegion } from '../src/index.js';
import { ar } from '../src/i18n/ar/index.js';
import { renderWithDocuments, setupFakeDocuments } from './document-list/fake-documents.js';

setupFakeDocuments();

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
});
