'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EraseOptions, ErasureClient, MewsEraseOptions } from './create-erasure-client.js';
import { ErasureError, isErasureError } from './erasure-error.js';
import type { ErasureReport } from './erasure-report.js';

/** State of an erasure, as a union on `status`. A report with some failures is still `'success'`: read `report.ok`. */
export type ErasureState =
  | { status: 'idle'; report: undefined; error: null }
  | { status: 'pending'; report: undefined; error: null }
  | { status: 'success'; report: ErasureReport; error: null }
  | { status: 'error'; report: ErasureReport | undefined; error: ErasureError };

/** What the erasure hooks return. */
export type ErasureMutation<TOptions extends EraseOptions> = ErasureState & {
  /** Starts the erasure; never rejects (the outcome is in the state). */
  erase: (ids: readonly string[], options?: TOptions) => void;
  /** Starts the erasure; resolves with the report or rejects with `ErasureError`. While one is pending, returns it. */
  eraseAsync: (ids: readonly string[], options?: TOptions) => Promise<ErasureReport>;
  /**
   * Back to `'idle'`. A pending erasure is cancelled: its promise rejects with `ABORTED` and its outcome is not shown
   * (whatever the proxy already erased stays erased), so the next `erase` sends its own ids.
   */
  reset: () => void;
};

const IDLE: ErasureState = { status: 'idle', report: undefined, error: null };

/**
 * The mutation behind the erasure hooks, for any erasure call (`run`), e.g. one chosen at run time.
 * @example
 * const erasure = useErasure((ids, options) => client.eraseVerifications(ids, options));
 */
export function useErasure<TOptions extends EraseOptions>(
  run: (ids: readonly string[], options: TOptions) => Promise<ErasureReport>,
): ErasureMutation<TOptions> {
  const [state, setState] = useState<ErasureState>(IDLE);
  const inFlight = useRef<{ promise: Promise<ErasureReport>; controller: AbortController }>(undefined);
  const latestRun = useRef(run);
  // Updated after render (not during it): a call always uses the `run` of the latest committed render.
  useEffect(() => {
    latestRun.current = run;
  });
  const cancel = useCallback(() => {
    inFlight.current?.controller.abort();
    inFlight.current = undefined;
  }, []);
  useEffect(() => cancel, [cancel]);

  const eraseAsync = useCallback((ids: readonly string[], options = {} as TOptions) => {
    // Erasure is not something to send twice by a double click: a pending call is shared.
    if (inFlight.current) return inFlight.current.promise;
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    setState({ status: 'pending', report: undefined, error: null });
    const promise = latestRun.current(ids, { ...options, signal }).then(
      (report) => {
        if (!controller.signal.aborted) setState({ status: 'success', report, error: null });
        return report;
      },
      (reason: unknown) => {
        const error = isErasureError(reason) ? reason : new ErasureError('INTERNAL', String(reason), { cause: reason });
        if (!controller.signal.aborted) setState({ status: 'error', report: error.report, error });
        throw error;
      },
    );
    inFlight.current = { promise, controller };
    const clear = () => {
      if (inFlight.current?.promise === promise) inFlight.current = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }, []);

  const erase = useCallback(
    (ids: readonly string[], options?: TOptions) => {
      eraseAsync(ids, options).catch(() => {});
    },
    [eraseAsync],
  );
  const reset = useCallback(() => {
    cancel();
    setState(IDLE);
  }, [cancel]);
  return useMemo(() => ({ ...state, erase, eraseAsync, reset }), [state, erase, eraseAsync, reset]);
}

/**
 * Deletes identity documents held at Mews, through the host's erasure proxy.
 * @example
 * const erasure = useEraseIdentityDocuments(erasureClient);
 * <button onClick={() => erasure.erase(ids)}>Erase</button>
 */
export function useEraseIdentityDocuments(client: ErasureClient): ErasureMutation<MewsEraseOptions> {
  return useErasure<MewsEraseOptions>((ids, options) => client.eraseIdentityDocuments(ids, options));
}

/** Deletes every identity document of these Mews customers, through the host's erasure proxy. */
export function useClearIdentityDocuments(client: ErasureClient): ErasureMutation<MewsEraseOptions> {
  return useErasure<MewsEraseOptions>((ids, options) => client.clearIdentityDocuments(ids, options));
}

/** Deletes verification data held at iDenfy, through the host's erasure proxy. */
export function useEraseVerifications(client: ErasureClient): ErasureMutation<EraseOptions> {
  return useErasure<EraseOptions>((ids, options) => client.eraseVerifications(ids, options));
}
