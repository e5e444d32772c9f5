import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentManager } from '../../src/index.js';
import { de } from '../../src/i18n/de/index.js';
import { expectAccessible, renderWithDocuments, setupFakeDocuments } from '../document-list/fake-documents.js';

setupFakeDocuments();

const TYPES = [
  { id: 1, label: 'Travel passport' },
  { id: 2, label: 'ID card', sides: [{ id: 'front', label: 'Front' }, { id: 'back', label: 'Back', typeId: 3 }] },
];

describe('DocumentManager', () => {
  it('puts the uploader and the list under two headings, in two named regions, with one live region', async () => {
    renderWithDocuments(<DocumentManager types={TYPES} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Upload a document', 'Your documents']);
    const upload = screen.getByRole('region', { name: 'Upload a document' });
    expect(within(upload).getByRole('combobox', { name: 'Document type' })).toBeInTheDocument();
    const documents = screen.getByRole('region', { name: 'Your documents' });
    expect(await within(documents).findAllByRole('listitem')).toHaveLength(5);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await expectAccessible();
  });

  it('names the listed documents with the labels of its types, sides included', async () => {
    renderWithDocuments(<DocumentManager types={TYPES} />);
    expect(await screen.findByRole('button', { name: 'Delete Travel passport — passport.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete ID card — id-card-front.png' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete ID card (Back) — drivers-licence.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Selfie — selfie.jpg' })).toBeInTheDocument();
  });

  it('names documents of types it does not offer with the labels it is given, over those of its types', async () => {
    renderWithDocuments(<DocumentManager types={TYPES} typeLabels={{ 6: 'Portrait photo', 1: 'Passport (travel)' }} />);
    expect(await screen.findByRole('button', { name: 'Delete Portrait photo — selfie.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Passport (travel) — passport.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete ID card — id-card-front.png' })).toBeInTheDocument();
  });

  it('takes a heading level, and hands language, theme and class to the widgets inside', async () => {
    const { container } = renderWithDocuments(
      <DocumentManager types={TYPES} headingLevel={3} locale="de" messages={de} theme="dark" className="portal" />,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Dokument hochladen', 'Ihre Dokumente']);
    expect(await screen.findByRole('list', { name: 'Ihre Dokumente' })).toBeInTheDocument();
    const root = container.querySelector('.iddocs-manager');
    expect(root).toHaveClass('portal');
    const widgets = [...container.querySelectorAll('.iddocs')];
    expect(widgets).toHaveLength(3);
    for (const widget of widgets) {
      expect(widget).toHaveAttribute('data-theme', 'dark');
      expect(widget).toHaveAttribute('lang', 'de');
    }
    expect(container.querySelectorAll('.portal')).toHaveLength(1);
  });
});
