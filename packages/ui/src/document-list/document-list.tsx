'use client';
import { useDocuments, type Document } from '@iddocs/hooks';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../class-names.js';
import { DeleteDocumentDialog } from '../delete-dialog/delete-document-dialog.js';
import type { TypeLabels } from '../delete-dialog/document-label.js';
import { useWidgetI18n, type I18nProps } from '../i18n/i18n-context.js';
import { common } from '../i18n/en/common.js';
import { list as listStrings } from '../i18n/en/list.js';
import { dialog } from '../i18n/en/dialog.js';
import { LiveRegion, useAnnounce } from '../live-region.js';
import { themeAttribute, type RootAttributes } from '../theme.js';
import { documentRows } from './document-rows.js';
import { part } from './part.js';
import { visuallyHidden } from '../visually-hidden.js';

/** The English strings this widget shows; other widgets' strings stay out of its bundle. */
const english = { ...common, ...listStrings, ...dialog };

/** Props of {@link DocumentList}: its root `<div>`'s, plus what to show. */
export interface DocumentListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'className'>, RootAttributes, I18nProps {
  /** Documents per page ("Load more" fetches the next). Default 10. */
  limit?: number | undefined;
  /**
   * Document type id → the label to show; falls back to the server's type name. Keep the object stable (a constant or
   * memoized): a new one at every render makes every row again.
   */
  typeLabels?: TypeLabels | undefined;
  /** Called after a document was deleted. */
  onDeleted?: ((document: Document) => void) | undefined;
}

/**
 * The current user's documents with status, thumbnails, "Load more" and deletion. Needs a `DocumentsProvider` above.
 * @example
 * <DocumentList typeLabels={{ 1: 'Passport' }} onDeleted={(doc) => console.info('deleted', doc.id)} />
 */
export const DocumentList = forwardRef<HTMLDivElement, DocumentListProps>((props, ref) => (
  <LiveRegion>
    <List {...props} forwardedRef={ref} />
  </LiveRegion>
));
DocumentList.displayName = 'DocumentList';

function List(all: DocumentListProps & { forwardedRef: React.ForwardedRef<HTMLDivElement> }) {
  const { forwardedRef, limit = 10, typeLabels, onDeleted, locale: _l, messages: _m, theme, className, ...props } = all;
  const i18n = useWidgetI18n(all, english);
  const { t } = i18n;
  const announce = useAnnounce();
  const list = useDocuments({ limit });
  const { documents, status } = list;
  const root = useRef<HTMLDivElement>(null);
  useImperativeHandle(forwardedRef, () => root.current!);
  // The dialog outlives its row (which goes at once on confirm), so it lives here, not in the row.
  // `label`: the row's name for it, which the dialog repeats; `failed`: its delete failed; the row says so until the
  // next delete starts.
  const [target, setTarget] = useState<{ document: Document; index: number; label: string; failed?: true }>();
  const [open, setOpen] = useState(false);
  const failedId = target?.failed && target.document.id;
  const count = documents?.length ?? 0;
  const state = status === 'success' && !count ? 'empty' : status;
  // Made again only when the documents, the language or a failed delete change (see documentRows): `documents` keeps
  // its identity while only the fetch state changes (a background refetch, "Load more" pending, the dialog opening).
  const rows = useMemo(
    () =>
      documents &&
      documentRows(i18n, documents, typeLabels, failedId, (document, label) => {
        setTarget({ document, index: documents.indexOf(document), label });
        setOpen(true);
      }),
    [documents, i18n, typeLabels, failedId],
  );
  // After "Load more", say how many documents are listed now: new rows appear silently below the button. `more`: how
  // many there were when it was pressed.
  const more = useRef<number>(undefined);
  useEffect(() => {
    const before = more.current;
    if (before === undefined) return;
    more.current = undefined;
    announce(t('list.count', { count }), i18n);
    // After the last page the button is gone, and focus with it: on to the first new row.
    if (document.activeElement === document.body) (root.current?.querySelectorAll<HTMLElement>('[data-part="delete-button"]')[before] ?? root.current)?.focus();
  }, [count, announce, t, i18n]);
  return (
    <div
      ref={root}
      {...props}
      {...part('root')}
      className={cx('iddocs iddocs-list', className)}
      dir={i18n.dir}
      lang={i18n.locale}
      data-theme={themeAttribute(theme)}
      data-state={state}
      aria-busy={status === 'pending'}
      // Where focus goes when the last row is deleted.
      tabIndex={-1}
    >
      {status === 'pending' && (
        <>
          <span style={visuallyHidden}>{t('list.loading')}</span>
          <ul {...part('skeleton')} aria-hidden="true">
            <li />
            <li />
            <li />
          </ul>
        </>
      )}
      {/* A failed "Load more" is said beside its button (below): the documents above are current. */}
      {status === 'error' && !list.isFetchNextPageError && (
        <div {...part('error')} role="alert">
          {t(documents ? 'list.stale' : 'list.error')}{' '}
          <button type="button" className="iddocs-button" onClick={list.refetch}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state === 'empty' && <p {...part('empty')}>{t('list.empty')}</p>}
      {!!count && (
        <ul {...part('items')} aria-label={t('list.label')}>
          {rows}
        </ul>
      )}
      {list.isFetchNextPageError && (
        <p {...part('error')} role="alert">
          {t('list.moreError')}
        </p>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          {...part('load-more')}
          className="iddocs-button iddocs-load-more"
          aria-disabled={list.isFetchingNextPage}
          onClick={() => {
            if (list.isFetchingNextPage) return;
            more.current = count;
            void list.fetchNextPage();
          }}
        >
          {t(list.isFetchingNextPage ? 'list.loadingMore' : 'list.more')}
        </button>
      )}
      {target && (
        <DeleteDocumentDialog
          document={target.document}
          label={target.label}
          open={open}
          onOpenChange={setOpen}
          locale={i18n.locale}
          {...(all.messages && { messages: all.messages })}
          {...(theme && { theme })}
          onDeleted={onDeleted}
          onDeleteError={() => setTarget({ ...target, failed: true })}
          onCloseAutoFocus={(event) => {
            // Back to the row, or, when it is gone, to the row now in its place, the one before it, or the list.
            event.preventDefault();
            const buttons = root.current?.querySelectorAll<HTMLElement>('[data-part="delete-button"]');
            (buttons?.[Math.min(target.index, buttons.length - 1)] ?? root.current)?.focus();
          }}
        />
      )}
    </div>
  );
}
