import type { Document } from '@iddocs/hooks';
import type { ReactElement } from 'react';
import { namesakeTimes, typeLabel, type TypeLabels } from '../delete-dialog/document-label.js';
import type { I18n } from '../i18n/translator.js';
import { fileIcon, ImageThumbnail } from './document-thumbnail.js';
import { messageFor } from './message-template.js';

/**
 * The list's rows: per document its thumbnail, type, file name, date, status (and why it was rejected), and a delete
 * button named after it; two documents of one name (the same file uploaded twice as the same type) are told apart by
 * the time of their upload, in their names and on screen. Made as plain elements, because a list has hundreds of rows:
 * - no component per row (no fiber, no render call); the list keeps the elements while it renders for anything else;
 * - every row's words in a row: 500 dates formatted back to back keep `Intl` in the CPU's caches, where one per row,
 *   between React's work on each row, costs several times more; messages are translated once and filled in;
 * - parts carry `data-part` and no class, and the name is a `<bdi>` (its direction from its text, as `dir="auto"`):
 *   each attribute is paid for once per row.
 */
export function documentRows(
  i18n: I18n,
  documents: readonly Document[],
  typeLabels: TypeLabels | undefined,
  failedId: string | false | undefined,
  onDelete: (document: Document, label: string) => void,
): ReactElement[] {
  const { t } = i18n;
  const labelOf = messageFor(i18n, 'dialog.document', 'type', 'name');
  const deleteOf = messageFor(i18n, 'list.delete', 'document');
  const uploadedOn = messageFor(i18n, 'list.uploaded', 'date');
  const deleteText = t('dialog.confirm');
  const types = documents.map((document) => typeLabel(i18n, document, typeLabels));
  const labels = documents.map((document, index) => labelOf(types[index]!, document.fileName ?? document.id));
  const times = namesakeTimes(i18n.locale, documents, labels);
  return documents.map((document, index) => {
    const { id, status, fileName, createTime, rejectionReason } = document;
    const type = types[index];
    const time = times[index];
    const label = time ? t('dialog.dated', { document: labels[index]!, date: time }) : labels[index]!;
    return (
      <li key={id} data-part="item">
        {/* Only images cost a request and state. */}
        {document.mimeType?.startsWith('image/') ? <ImageThumbnail document={document} /> : fileIcon(fileName)}
        <span data-part="type">{type}</span>
        <bdi data-part="name">{fileName}</bdi>
        {createTime && (
          <time data-part="date" dateTime={createTime} data-state={time && 'timed'}>
            {uploadedOn(time ?? i18n.formatDate(createTime))}
          </time>
        )}
        <span data-part="status" data-state={status}>
          {t(`common.status.${status}`)}
        </span>
        {/* The server's words, in whatever language and direction it wrote them. */}
        {status === 'rejected' && rejectionReason && (
          <p data-part="reason" dir="auto">
            {rejectionReason}
          </p>
        )}
        {failedId === id && <p data-part="error">{t('list.failed', { document: label })}</p>}
        <button type="button" data-part="delete-button" className="iddocs-button" aria-label={deleteOf(label)} onClick={() => onDelete(document, label)}>
          {deleteText}
        </button>
      </li>
    );
  });
}
