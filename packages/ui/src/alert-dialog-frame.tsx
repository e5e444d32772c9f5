'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, isValidElement, useCallback, useRef, type ComponentPropsWithoutRef, type ReactNode, type RefObject } from 'react';
import { cx } from './class-names.js';
import { DESIGN_TOKENS } from './design-tokens.js';
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
 * portal over a dimmed page, that focuses the safe choice first, cannot be dismissed while busy, and gives focus back
 * to the trigger, or to the control in its place when it is gone.
 *
 * The page behind it is out of reach of assistive technology: Radix hides it (`aria-hidden`) but for the live regions,
 * ours and the page's, which must go on speaking, and their ancestors (a `<main>`, a `<section>`, a row, with any text
 * directly in them), which it cannot hide without hiding the regions; `aria-modal` tells the browsers and screen
 * readers that honour it to leave those too. As VoiceOver then ignores every live region outside the dialog, the
 * dialog owns ours (`aria-owns`): in the accessibility tree they are inside it, and what they say is still read.
 */
export const AlertDialogFrame = forwardRef<HTMLDivElement, AlertDialogFrameProps>(function AlertDialogFrame(
  { i18n, theme, className, trigger, open, onOpenChange, busy, initialFocus, onOpenAutoFocus, onCloseAutoFocus, children, ...content },
  ref,
) {
  const element = isValidElement(trigger);
  // Where focus goes back to: what had it when the dialog opened (the trigger) or, when that is gone (the dialog
  // deleted its row, maybe unmounting itself), the next control after it, else the nearest one before it.
  const places = useRef<HTMLElement[]>([]);
  const opener = useRef<HTMLButtonElement>(null);
  const mark = useRef<HTMLElement>(null);
  // The portal, at the end of <body>, is out of reach of the colours set on the widget that opened the dialog (its
  // `className`, a wrapper's rule): they are copied onto it from the trigger, or from a hidden mark in its place.
  const inherit = useCallback((portal: HTMLDivElement | null) => {
    const from = portal && (opener.current ?? mark.current);
    if (!from) return;
    const style = getComputedStyle(from);
    for (const token of DESIGN_TOKENS) {
      const value = style.getPropertyValue(`--iddocs-${token}`);
      if (value) portal.style.setProperty(`--iddocs-${token}`, value);
    }
  }, []);
  return (
    // Escape, the overlay and Cancel all land here: none may close the dialog while the request runs.
    <Dialog.Root open={open} onOpenChange={(next) => (next || !busy) && onOpenChange(next)}>
      {trigger != null ? (
        <Dialog.Trigger ref={opener} asChild={element} {...(!element && { className: 'iddocs iddocs-button' })}>
          {trigger}
        </Dialog.Trigger>
      ) : (
        <span ref={mark} hidden />
      )}
      <Dialog.Portal>
        <div ref={inherit} className="iddocs" dir={i18n.dir} lang={i18n.locale} data-theme={themeAttribute(theme)}>
          <Dialog.Overlay className="iddocs-overlay" data-part="overlay" />
          <Dialog.Content
            ref={ref}
            role="alertdialog"
            aria-modal
            className={cx('iddocs-dialog', className)}
            aria-busy={busy}
            onOpenAutoFocus={(event) => {
              const all = [...document.querySelectorAll<HTMLElement>('[href],button,input,select,textarea,[tabindex]')];
              // The trigger even when a click did not focus it (Safari), else what had focus (a dialog opened by its owner).
              const at = all.indexOf(opener.current ?? (document.activeElement as HTMLElement));
              places.current = at < 0 ? [] : [...all.slice(at), ...all.slice(0, at).toReversed()];
              const dialog = event.target as HTMLElement;
              dialog.setAttribute('aria-owns', [...document.querySelectorAll('[data-part="live-region"]')].map((region, index) => (region.id ||= dialog.id + index)).join(' '));
              onOpenAutoFocus?.(event);
              // The safe choice first: a stray Enter must not delete or erase anything.
              if (!event.defaultPrevented) {
                event.preventDefault();
                initialFocus.current?.focus();
              }
            }}
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus?.(event);
              if (!event.defaultPrevented) {
                event.preventDefault();
                // The first that takes focus: a removed, disabled or hidden element does not.
                places.current.some((place) => (place.focus(), document.activeElement === place));
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
