'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, isValidElement, type ComponentPropsWithoutRef, type ReactNode, type RefObject } from 'react';
import { cx } from './class-names.js';
import type { I18n } from './i18n/translator.js';
import { themeAttribute, type Theme } from './theme.js';

/** Props of {@link AlertDialogFrame}: the content element's, plus the frame's. */
export interface AlertDialogFrameProps extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'className'> {
  /** Language and direction of the portal. */
  i18n: I18n;
  /** Colour scheme of the portal. */
  theme?: Theme | undefined;
  /** Extra class on the dialog. */
  className?: string | undefined;
  /** Opens the dialog: a button element is used as is; anything else is wrapped in one. */
  trigger?: ReactNode;
  /** Whether the dialog is open. */
  open: boolean;
  /** Asked to open or close; never asked to close while `busy`. */
  onOpenChange: (open: boolean) => void;
  /** A request is running: the dialog cannot be dismissed and says it is busy. */
  busy: boolean;
  /** The element focused on opening: the safe choice. */
  initialFocus: RefObject<HTMLElement | null>;
}

/**
 * What the delete and erase dialogs share: a Radix dialog with alert-dialog semantics in a themed, directed
 * portal over a dimmed page, that focuses the safe choice first and cannot be dismissed while busy.
 */
export const AlertDialogFrame = forwardRef<HTMLDivElement, AlertDialogFrameProps>(function AlertDialogFrame(
  { i18n, theme, className, trigger, open, onOpenChange, busy, initialFocus, onOpenAutoFocus, children, ...content },
  ref,
) {
  const element = isValidElement(trigger);
  return (
    // Escape, the overlay and Cancel all land here: none may close the dialog while the request runs.
    <Dialog.Root open={open} onOpenChange={(next) => (next || !busy) && onOpenChange(next)}>
      {trigger != null && (
        <Dialog.Trigger asChild={element} {...(!element && { className: 'iddocs iddocs-button' })}>
          {trigger}
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <div className="iddocs" dir={i18n.dir} lang={i18n.locale} data-theme={themeAttribute(theme)}>
          <Dialog.Overlay className="iddocs-overlay" data-part="overlay" />
          <Dialog.Content
            ref={ref}
            role="alertdialog"
            className={cx('iddocs-dialog', className)}
            aria-busy={busy}
            onOpenAutoFocus={(event) => {
              onOpenAutoFocus?.(event);
              // The safe choice first: a stray Enter must not delete or erase anything.
              if (!event.defaultPrevented) {
                event.preventDefault();
                initialFocus.current?.focus();
              }
            }}
            {...content}
          >
            {children}
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
