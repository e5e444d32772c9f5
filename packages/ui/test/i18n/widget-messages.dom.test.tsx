import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentList, I18nProvider, useI18n, type I18n, type I18nProps } from '../../src/index.js';
import { de } from '../../src/i18n/de/index.js';
import { renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

setupFakeDocuments();

const seen: I18n[] = [];

/** Your own component's translator, recorded at every render. */
function Probe(props: I18nProps) {
  const i18n = useI18n(props);
  seen.push(i18n);
  return <p>{i18n.t('list.more')}</p>;
}

const ownWords = { 'list.more': 'Noch mehr' };

describe("a widget's messages inside an I18nProvider", () => {
  it("go over the provider's catalogue key by key, when the widget speaks the provider's language", async () => {
    renderWithDocuments(
      <I18nProvider locale="de" messages={de}>
        <DocumentList limit={2} messages={ownWords} />
        <DocumentList limit={2} locale="de-CH" />
      </I18nProvider>,
    );
    // Both lists in German: the first with its own word for "more", the Swiss one with the provider's strings.
    expect(await screen.findAllByRole('list', { name: 'Ihre Dokumente' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Noch mehr' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mehr laden' })).toBeInTheDocument();
  });

  it("take none of the provider's strings when the widget speaks another language", async () => {
    renderWithDocuments(
      <I18nProvider locale="de" messages={de}>
        <DocumentList limit={2} locale="en" messages={{ 'list.more': 'More, please' }} />
        <DocumentList limit={2} locale="en" />
      </I18nProvider>,
    );
    expect(await screen.findAllByRole('list', { name: 'Your documents' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'More, please' })).toBeInTheDocument();
  });

  it('keeps one translator while neither the props nor the provider change', () => {
    seen.length = 0;
    const page = <Probe messages={ownWords} />;
    const { rerender } = render(<I18nProvider locale="de" messages={de}>{page}</I18nProvider>);
    rerender(<I18nProvider locale="de" messages={de}>{page}</I18nProvider>);
    rerender(
      <I18nProvider locale="de" messages={de}>
        <Probe messages={ownWords} />
      </I18nProvider>,
    );
    expect(screen.getByText('Noch mehr')).toBeInTheDocument();
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
  });
});
