import type { Document } from '@iddocs/hooks';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { documentRows } from '../../src/document-list/document-rows.js';
import { createI18n } from '../../src/i18n/create-i18n.js';
import { ar } from '../../src/i18n/ar/index.js';
import type { Messages } from '../../src/i18n/messages.js';

const pdf = (fields: Partial<Document> & { id: string }): Document => ({ status: 'approved', mimeType: 'application/pdf', raw: {}, ...fields });

const documents: Document[] = [
  pdf({ id: '1', typeId: 1, typeName: 'Passport', fileName: 'passport.pdf', createTime: '2025-05-02T08:00:00Z' }),
  pdf({ id: '2', typeId: 3, typeName: "Driver's licence", status: 'rejected', fileName: 'licence.pdf', rejectionReason: 'Blurred.', createTime: '2025-05-03T10:00:00Z' }),
  pdf({ id: '3', typeId: 9, status: 'pending', rejectionReason: 'Only shown once rejected.' }),
  pdf({ id: '4', typeName: 'Proof of address', status: 'in_review', fileName: 'bill', createTime: 'not a date' }),
];

function renderRows(i18n = createI18n('en'), failedId?: string, onDelete = vi.fn(), typeLabels?: Record<string, string>, shown = documents) {
  render(<ul>{documentRows(i18n, shown, typeLabels, failedId, onDelete)}</ul>);
  return screen.getAllByRole('listitem');
}

/** One file uploaded three times as an ID card (twice in one minute), once as a passport; and two without a time. */
const namesakes: Document[] = [
  pdf({ id: 'a', typeId: 2, typeName: 'ID card', fileName: 'scan.pdf', createTime: '2025-05-02T08:00:00Z' }),
  pdf({ id: 'b', typeId: 2, typeName: 'ID card', fileName: 'scan.pdf', createTime: '2025-05-02T09:30:05Z' }),
  pdf({ id: 'c', typeId: 2, typeName: 'ID card', fileName: 'scan.pdf', createTime: '2025-05-02T09:30:40Z' }),
  pdf({ id: 'd', typeId: 1, typeName: 'Passport', fileName: 'scan.pdf', createTime: '2025-05-02T08:00:00Z' }),
  pdf({ id: 'e', typeId: 9, fileName: 'bill.pdf' }),
  pdf({ id: 'f', typeId: 9, fileName: 'bill.pdf' }),
];

/** An upload time as the rows write it for a namesake: in the test's time zone, to the minute or to the second. */
const at = (iso: string, timeStyle: 'short' | 'medium') => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle }).format(new Date(iso));

describe('documentRows', () => {
  it('shows per document its type, name, date and status in the words `t` gives, and the reason only when rejected', () => {
    const i18n = createI18n('en');
    const rows = renderRows(i18n, undefined, vi.fn(), { 1: 'Travel passport' });
    expect(rows.map((row) => row.querySelector('[data-part="type"]')?.textContent)).toEqual(['Travel passport', "Driver's licence", 'Document', 'Proof of address']);
    expect(rows.map((row) => row.querySelector('[data-part="date"]')?.textContent)).toEqual([
      i18n.t('list.uploaded', { date: i18n.formatDate('2025-05-02T08:00:00Z') }),
      i18n.t('list.uploaded', { date: i18n.formatDate('2025-05-03T10:00:00Z') }),
      undefined,
      i18n.t('list.uploaded', { date: '' }),
    ]);
    expect(rows[0]!.querySelector('time')).toHaveAttribute('datetime', '2025-05-02T08:00:00Z');
    expect(rows.map((row) => row.querySelector('[data-part="status"]')?.getAttribute('data-state'))).toEqual(['approved', 'rejected', 'pending', 'in_review']);
    expect(rows.map((row) => row.querySelector('[data-part="status"]')?.textContent)).toEqual(['Approved', 'Rejected', 'Pending', 'In review']);
    expect(within(rows[1]!).getByText('Blurred.')).toHaveAttribute('dir', 'auto');
    expect(rows[2]).not.toHaveTextContent('Only shown once rejected.');
    // The file name takes its direction from its own text, in a right-to-left row too.
    expect(rows[0]!.querySelector('[data-part="name"]')!.tagName).toBe('BDI');
    // The extension as a decorative icon; no name, no extension.
    expect(rows.map((row) => row.querySelector('[data-part="thumbnail"]')?.textContent)).toEqual(['pdf', 'pdf', '', '']);
    expect(rows[0]!.querySelector('[data-part="thumbnail"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('names each delete button after its document, in your words and order, and asks to delete that document', async () => {
    const messages: Partial<Messages> = { 'dialog.document': '{name} ({type})', 'list.delete': 'Remove {document}', 'dialog.confirm': 'Remove' };
    const onDelete = vi.fn();
    renderRows(createI18n('en', messages), undefined, onDelete);
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Remove passport.pdf (Passport)',
      "Remove licence.pdf (Driver's licence)",
      'Remove 3 (Document)',
      'Remove bill (Proof of address)',
    ]);
    await userEvent.click(screen.getByRole('button', { name: "Remove licence.pdf (Driver's licence)" }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(documents[1], "licence.pdf (Driver's licence)");
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveTextContent(/^Remove$/);
      expect(button).toHaveAttribute('type', 'button');
    }
  });

  it('says which delete failed, on that row only', () => {
    const rows = renderRows(createI18n('ar', ar), '2');
    expect(rows.filter((row) => row.querySelector('[data-part="error"]'))).toEqual([rows[1]]);
    expect(rows[1]!.querySelector('[data-part="error"]')).toHaveTextContent(createI18n('ar', ar).t('list.failed', { document: "Driver's licence — licence.pdf" }));
  });

  it('tells documents of one name apart by their upload time, to the second if need be, in their names and on screen', async () => {
    const onDelete = vi.fn();
    const rows = renderRows(createI18n('en'), 'b', onDelete, undefined, namesakes);
    const [a, b, c] = [at('2025-05-02T08:00:00Z', 'short'), at('2025-05-02T09:30:05Z', 'medium'), at('2025-05-02T09:30:40Z', 'medium')];
    const names = screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual([
      `Delete ID card — scan.pdf (uploaded ${a})`,
      `Delete ID card — scan.pdf (uploaded ${b})`,
      `Delete ID card — scan.pdf (uploaded ${c})`,
      // Another type: no namesake, no time.
      'Delete Passport — scan.pdf',
      // Without an upload time, nothing tells them apart: they stay alike.
      'Delete Document — bill.pdf',
      'Delete Document — bill.pdf',
    ]);
    // A person sees what tells them apart too (a date with a time may wrap: it says so for the stylesheet).
    expect(rows.map((row) => row.querySelector('[data-part="date"]')?.getAttribute('data-state'))).toEqual(['timed', 'timed', 'timed', null, undefined, undefined]);
    expect(rows.map((row) => row.querySelector('[data-part="date"]')?.textContent)).toEqual([`Uploaded ${a}`, `Uploaded ${b}`, `Uploaded ${c}`, `Uploaded ${createI18n('en').formatDate('2025-05-02T08:00:00Z')}`, undefined, undefined]);
    expect(rows[1]!.querySelector('[data-part="error"]')).toHaveTextContent(`ID card — scan.pdf (uploaded ${b}) was not deleted.`);
    await userEvent.click(screen.getByRole('button', { name: names[2]! }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(namesakes[2], `ID card — scan.pdf (uploaded ${c})`);
  });
});
