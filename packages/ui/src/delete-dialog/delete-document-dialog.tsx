'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useDocumentsStore, type Document, type DocumentsError } from '@iddocs/hooks';
import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from 'react';
import { AlertDialogFrame } from '../alert-dialog-frame.js';
import { useWidgetI18n, type I18nProps } from '../i18n/i18n-context.js';
import { common } from '../i18n/en/common.js';
import { dialog } from '../i18n/en/dialog.js';
import { LiveRegion, useAnnounce } from '../live-region.js';
import type { RootAttributes } from '../theme.js';
import { documentLabel, type TypeLabels } from './document-label.js';

/** The English strings this widget shows; other widgets' strings stay out of its bundle. */
const english = { ...common, ...dialog };

/** Props of {@link DeleteDocumentDialog}: its content element's, plus the document and open state. */
export interface DeleteDocumentDialogProps
  extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'className'>,
    RootAttributes,
    I18nProps {
  /** The document to delete. */
  document: Document;
  /** Type id → label, for the name the dialog gives the document. */
  typeLabels?: TypeLabels | undefined;
  /**
   * The name the dialog gives the document (in its question, its error and "… deleted."). Default: type and file name,
   * "Passport — scan.jpg". Where your list shows two of one name, pass the one your row gives it, told apart (as
   * `DocumentList` does, with the upload time).
   */
  label?: string | undefined;
  /** Opens the dialog (a button element is used as is; anything else is wrapped in one). */
  trigger?: ReactNode;
  /** The trigger, when `trigger` is not given. */
  children?: ReactNode;
  /** Controlled open state. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. Default `false`. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (never to close while deleting). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Called after the server deleted the document. */
  onDeleted?: ((document: Document) => void) | undefined;
  /** Called when the delete failed; the document stays in its lists and the dialog stays open. */
  onDeleteError?: ((error: DocumentsError, document: Document) => void) | undefined;
}

/**
 * Asks before deleting a document, and deletes it once confirmed. The document stays in every list until the server
 * has deleted it, so the dialog may live in the row it deletes: it says "Deleting…", keeps the error with "Try again"
 * if the server refuses, and on success leaves the lists and closes, moving focus to the control now in the row's
 * place. Its announcements need a `LiveRegion` that outlives the row: put one around such a list.
 * @example
 * const { documents = [] } = useDocuments();
 * <LiveRegion>
 *   <ul>
 *     {documents.map((doc) => (
 *       <li key={doc.id}>
 *         {doc.fileName} <DeleteDocumentDialog document={doc} trigger={<button>Delete</button>} onDeleted={() => toast('Deleted')} />
 *       </li>
 *     ))}
 *   </ul>
 * </LiveRegion>
 */
export const DeleteDocumentDialog = forwardRef<HTMLDivElement, DeleteDocumentDialogProps>(function DeleteDocumentDialog(props, ref) {
  return (
    <LiveRegion>
      <Delete {...props} forwardedRef={ref} />
    </LiveRegion>
  );
});

function Delete(all: DeleteDocumentDialogProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const { forwardedRef, document, typeLabels, label, trigger, children, open, defaultOpen = false, onOpenChange, onDeleted, onDeleteError, locale: _locale, messages: _messages, theme, className, ...props } = all;
  const i18n = useWidgetI18n(all, english);
  const { t } = i18n;
  const announce = useAnnounce();
  const store = useDocumentsStore();
  const name = label ?? documentLabel(i18n, document, typeLabels);
  const [inner, setInner] = useState(defaultOpen);
  const [status, setStatus] = useState<'idle' | 'pending' | 'error'>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  const set = (next: boolean) => {
    // Closing forgets the last outcome, so the next opening (maybe for another document) starts clean.
    if (!next) setStatus('idle');
    setInner(next);
    onOpenChange?.(next);
  };
  // Not optimistic: removing the row at once would also remove a dialog that lives in it.
  const confirm = () => {
    setStatus('pending');
    store.deleteDocument(document.id, { optimistic: false }).then(
      () => {
        announce(t('dialog.deleted', { document: name }), i18n);
        onDeleted?.(document);
        set(false);
      },
      // The store rejects only with `DocumentsError`.
      (error: DocumentsError) => {
        setStatus('error');
        onDeleteError?.(error, document);
      },
    );
  };
  const pending = status === 'pending';
  const failed = status === 'error';
  return (
    <AlertDialogFrame
      ref={forwardedRef}
      i18n={i18n}
      theme={theme}
      className={className}
      trigger={trigger ?? children}
      open={open ?? inner}
      onOpenChange={set}
      busy={pending}
      initialFocus={cancel}
      data-part="dialog"
      {...props}
    >
      <Dialog.Title className="iddocs-title" data-part="title">{t('dialog.title')}</Dialog.Title>
      <Dialog.Description data-part="description">{t('dialog.description', { document: name })}</Dialog.Description>
      {failed && (
        <p role="alert" className="iddocs-alert" data-part="error">
          {t('dialog.error', { document: name })}
        </p>
      )}
      <div className="iddocs-actions" data-part="actions">
        <Dialog.Close ref={cancel} className="iddocs-button" data-part="cancel" aria-disabled={pending}>
          {t('common.cancel')}
        </Dialog.Close>
        <button
          type="button"
          className="iddocs-button"
          data-variant="danger"
          data-part="confirm"
          // aria-disabled, not disabled: a disabled button drops focus to <body> mid-dialog.
          aria-disabled={pending}
          aria-busy={pending}
          onClick={() => pending || confirm()}
        >
          {t(pending ? 'dialog.deleting' : failed ? 'common.retry' : 'dialog.confirm')}
        </button>
      </div>
    </AlertDialogFrame>
  );
}
