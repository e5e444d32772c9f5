'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useErasure, type ErasureClient, type ErasureError, type ErasureReport } from '@iddocs/hooks/erasure';
import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from 'react';
import { AlertDialogFrame } from '../alert-dialog-frame.js';
import type { MessageKey } from '../i18n/en/index.js';
import { useWidgetI18n, type I18nProps } from '../i18n/i18n-context.js';
import { common } from '../i18n/en/common.js';
import { erase } from '../i18n/en/erase.js';
import { LiveRegion, useAnnounce } from '../live-region.js';
import type { RootAttributes } from '../theme.js';
import { erasureOutcomes, erasureSummary, mergeErasureReports } from './erasure-summary.js';

/** The English strings this widget shows; other widgets' strings stay out of its bundle. */
const english = { ...common, ...erase };

/**
 * What to erase: verification data at iDenfy, or identity documents (or all of some customers') at Mews. The dialog's
 * words follow: `erase.trigger`, `erase.title`, `erase.description` and `erase.error.unavailable` for iDenfy, their
 * `erase.mews.…` counterparts (the hotels' system) for Mews.
 */
export type ErasureTarget =
  | { kind: 'verifications'; scanRefs: readonly string[] }
  | { kind: 'identity-documents'; identityDocumentIds: readonly string[]; chainId?: string }
  | { kind: 'customers'; customerIds: readonly string[]; chainId?: string };

/** Props of {@link EraseDataDialog}: its content element's, plus what to erase and the open state. */
export interface EraseDataDialogProps
  extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'className'>,
    RootAttributes,
    I18nProps {
  /** The browser client of the host's erasure proxy (`createErasureClient()` from `@iddocs/hooks/erasure`). */
  client: ErasureClient;
  /** What to erase. */
  target: ErasureTarget;
  /** Id → words a person recognises ("Passport check, 3 March"); ids without a label are shown as they are. */
  labels?: Record<string, string> | undefined;
  /** Opens the dialog (a button element is used as is; anything else is wrapped in one). Default: "Erase my verification data". */
  trigger?: ReactNode;
  /** Controlled open state. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. Default `false`. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close (never to close while erasing). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Called with the per-id report each time the proxy answered. After "Try again for the rest", the report covers every
   * id of `target` still: the retry's outcomes replace those of the ids it retried, and an id deleted earlier stays deleted.
   */
  onErased?: ((report: ErasureReport) => void) | undefined;
}

const ERROR_MESSAGES: Partial<Record<ErasureError['code'], MessageKey>> = {
  FORBIDDEN: 'erase.error.forbidden',
  ORIGIN_NOT_ALLOWED: 'erase.error.forbidden',
  UPSTREAM_UNAVAILABLE: 'erase.error.unavailable',
  RATE_LIMITED: 'erase.error.unavailable',
  NETWORK: 'erase.error.network',
  TIMEOUT: 'erase.error.network',
};

/**
 * Failures that the same request may get past later: the network, the partner, the proxy itself, an answer not from
 * the proxy (a gateway's 502 page). A refusal (`FORBIDDEN`, `ORIGIN_NOT_ALLOWED`), a request the proxy cannot take
 * (`INVALID_IDS`, …) or a 4xx not from the proxy (no handler at that path: a 404 page) fails again: Close only.
 */
const RETRYABLE = new Set<ErasureError['code']>(['UPSTREAM_UNAVAILABLE', 'RATE_LIMITED', 'NETWORK', 'TIMEOUT', 'INTERNAL', 'INVALID_RESPONSE']);
const mayPass = ({ code, status = 0 }: ErasureError) => RETRYABLE.has(code) && !(code === 'INVALID_RESPONSE' && status >= 400 && status < 500);

function idsOf(target: ErasureTarget): readonly string[] {
  return target.kind === 'verifications' ? target.scanRefs : target.kind === 'customers' ? target.customerIds : target.identityDocumentIds;
}

/**
 * Asks before erasing identity data held at third parties, erases it through the host's proxy, then says what
 * happened to each item in plain words ("3 deleted, 1 can be deleted later").
 * @example
 * const erasure = createErasureClient();
 * <EraseDataDialog client={erasure} target={{ kind: 'verifications', scanRefs }} onErased={refresh} />
 */
export const EraseDataDialog = forwardRef<HTMLDivElement, EraseDataDialogProps>(function EraseDataDialog(props, ref) {
  return (
    <LiveRegion>
      <Erase {...props} forwardedRef={ref} />
    </LiveRegion>
  );
});

function Erase(all: EraseDataDialogProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const { forwardedRef, client, target, labels, trigger, open, defaultOpen = false, onOpenChange, onErased, locale: _l, messages: _m, theme, className, ...props } = all;
  const i18n = useWidgetI18n(all, english);
  const { t } = i18n;
  const announce = useAnnounce();
  const [inner, setInner] = useState(defaultOpen);
  // The ids of the latest attempt ("Try again" sends them again), and the merged report of the attempts before it.
  const [attempt, setAttempt] = useState<{ ids: readonly string[]; earlier?: ErasureReport }>();
  const cancel = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const erasure = useErasure((ids, options) =>
    target.kind === 'verifications'
      ? client.eraseVerifications(ids, options)
      : target.kind === 'customers'
        ? client.clearIdentityDocuments(ids, { ...options, ...(target.chainId && { chainId: target.chainId }) })
        : client.eraseIdentityDocuments(ids, { ...options, ...(target.chainId && { chainId: target.chainId }) }),
  );
  const { status, error } = erasure;
  const pending = status === 'pending';
  const report = erasure.report && mergeErasureReports(attempt?.earlier, erasure.report);
  const ids = attempt?.ids ?? idsOf(target);
  // Mews keeps hotel guests' ID documents, not verifications: its own words where the two differ.
  const own = (key: 'trigger' | 'title' | 'description' | 'error.unavailable') => `erase.${target.kind === 'verifications' ? '' : 'mews.'}${key}` as MessageKey;
  const problem = error && (ERROR_MESSAGES[error.code] ?? 'erase.error.other');
  // Over: erased (all or some), or failed in a way "Try again" cannot help. Then the dialog offers Close.
  const over = status === 'success' || (!!error && !mayPass(error));
  const set = (next: boolean) => {
    // Closing forgets the outcome: the next opening asks again.
    if (!next) {
      erasure.reset();
      setAttempt(undefined);
    }
    setInner(next);
    onOpenChange?.(next);
  };
  // An error needs no announcement: the dialog shows it in an alert.
  const run = (which: readonly string[], earlier = attempt?.earlier) => {
    setAttempt({ ids: which, ...(earlier && { earlier }) });
    erasure.eraseAsync(which).then((result) => {
      const merged = mergeErasureReports(earlier, result);
      announce(t('erase.announce.done', { summary: erasureSummary(i18n, merged) }), i18n);
      onErased?.(merged);
    }, noop);
  };
  // The confirm button is replaced by the outcome (or by Close after a failure no retry helps), and "Try again for
  // the rest" by the busy confirm button: move focus along (to Close, to "Erasing…") so it is not lost.
  useEffect(() => {
    (over ? close : status === 'pending' ? confirm : undefined)?.current?.focus();
  }, [status, over]);

  // Once it is over, the title and the description say what happened, never the question asked before: a screen
  // reader must not read "Erase …?" above a refusal. A failed retry of the rest: not everything was erased.
  const title =
    status === 'success'
      ? report!.ok
        ? 'erase.resultTitle'
        : 'erase.partialTitle'
      : !error
        ? own('title')
        : attempt?.earlier
          ? 'erase.partialTitle'
          : problem === 'erase.error.forbidden'
            ? 'erase.refusedTitle'
            : 'erase.failedTitle';
  const retryIds = report ? [...report.failed.filter((failure) => failure.retryable).map((failure) => failure.id), ...report.notAttempted] : [];
  return (
    <AlertDialogFrame
      ref={forwardedRef}
      i18n={i18n}
      theme={theme}
      className={className}
      trigger={trigger ?? t(own('trigger'))}
      open={open ?? inner}
      onOpenChange={set}
      busy={pending}
      initialFocus={cancel}
      data-part="erase-dialog"
      data-state={status}
      {...props}
    >
      <Dialog.Title className="iddocs-title" data-part="title">
        {t(title)}
      </Dialog.Title>
      {status === 'success' ? (
        <>
          <Dialog.Description data-part="summary">{erasureSummary(i18n, report!)}</Dialog.Description>
          <ul className="iddocs-erase-outcomes" aria-label={t('erase.outcomes')} data-part="outcomes">
            {erasureOutcomes(report!).map(({ id, outcome }) => (
              <li key={id} data-part="outcome" data-state={outcome}>
                <span className="iddocs-erase-id">{labels?.[id] ?? id}</span>
                {': '}
                {t(`erase.outcome.${outcome}` as MessageKey)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        !error && <Dialog.Description data-part="description">{t(own('description'), { count: ids.length })}</Dialog.Description>
      )}
      {/* Its own element, not the question's with new text: an alert is read when it is added. */}
      {error && (
        <Dialog.Description role="alert" className="iddocs-alert" data-part="error">
          {t(problem === 'erase.error.unavailable' ? own('error.unavailable') : problem!)}
        </Dialog.Description>
      )}
      <div className="iddocs-actions" data-part="actions">
        {over ? (
          <>
            {retryIds.length > 0 && (
              <button type="button" className="iddocs-button" data-part="retry" onClick={() => run(retryIds, report)}>
                {t('erase.retryFailed')}
              </button>
            )}
            <Dialog.Close ref={close} className="iddocs-button" data-variant="primary" data-part="close">
              {t('common.close')}
            </Dialog.Close>
          </>
        ) : (
          <>
            <Dialog.Close ref={cancel} className="iddocs-button" data-part="cancel" aria-disabled={pending}>
              {t('common.cancel')}
            </Dialog.Close>
            <button
              ref={confirm}
              type="button"
              className="iddocs-button"
              data-variant="danger"
              data-part="confirm"
              // aria-disabled, not disabled: a disabled button drops focus to <body> mid-dialog.
              aria-disabled={pending}
              aria-busy={pending}
              onClick={() => pending || run(ids)}
            >
              {t(pending ? 'erase.erasing' : status === 'error' ? 'common.retry' : 'erase.confirm')}
            </button>
          </>
        )}
      </div>
    </AlertDialogFrame>
  );
}

function noop() {}
