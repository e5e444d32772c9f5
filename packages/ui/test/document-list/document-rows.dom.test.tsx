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

function renderRows(i18n = createI18n('en'), failedId?: string, onDelete = vi.fn(), typeLabels?: Record<string, string>) {
  render(<ul>{documentRows(i18n, documents, typeLabels, failedId, onDelete)}</ul>);
  return screen.getAllByRole('listitem');
}

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
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(documents[1]);
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
});
