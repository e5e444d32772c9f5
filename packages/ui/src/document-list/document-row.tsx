'use client';
import type { Document } from '@iddocs/hooks';
import type { I18n } from '../i18n/translator.js';
import { documentLabel, typeLabel, type TypeLabels } from '../delete-dialog/document-label.js';
import { DocumentThumbnail } from './document-thumbnail.js';
import { part } from './part.js';

/** Props of {@link DocumentRow}. */
export interface DocumentRowProps {
  /** The document shown. */
  document: Document;
  /** The list's translator. */
  i18n: I18n;
  /** Type id → label. */
  typeLabels: TypeLabels | undefined;
  /** A delete of this document just failed and it is back. */
  failed: boolean;
  /** Asks to delete it. */
  onDelete: () => void;
}

/** One document: thumbnail, type, file name, date, status (and why it was rejected), and its delete button. */
export function DocumentRow({ document, i18n, typeLabels, failed, onDelete }: DocumentRowProps) {
  const { t } = i18n;
  const { status, createTime, rejectionReason } = document;
  const label = documentLabel(i18n, document, typeLabels);
  return (
    <li {...part('item')}>
      <DocumentThumbnail document={document} />
      <div className="iddocs-details">
        <span {...part('type')}>{typeLabel(i18n, document, typeLabels)}</span>
        <span {...part('name')} dir="auto">{document.fileName}</span>
        {createTime && (
          <time {...part('date')} dateTime={createTime}>
            {t('list.uploaded', { date: i18n.formatDate(createTime) })}
          </time>
        )}
        <span {...part('status')} data-state={status}>
          {t(`common.status.${status}`)}
        </span>
        {/* The server's words, in whatever language and direction it wrote them. */}
        {status === 'rejected' && rejectionReason && (
          <p {...part('reason')} dir="auto">
            {rejectionReason}
          </p>
        )}
        {failed && (
          <p {...part('error')}>
            {t('list.failed', { document: label })}
          </p>
        )}
      </div>
      <button type="button" {...part('delete-button')} className="iddocs-button iddocs-delete-button" aria-label={t('list.delete', { document: label })} onClick={onDelete}>
        {t('dialog.confirm')}
      </button>
    </li>
  );
}
