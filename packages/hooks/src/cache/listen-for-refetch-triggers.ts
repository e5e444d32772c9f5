/** What the store does when the page becomes visible again or the network comes back. */
export interface RefetchTriggerHandlers {
  /** The tab became visible (`visibilitychange` → `'visible'`); `undefined` to ignore. */
  onFocus: (() => void) | undefined;
  /** The browser went back online (`online`); `undefined` to ignore. */
  onReconnect: (() => void) | undefined;
}

/** Listens for focus/reconnect on `window`; a no-op without `window` (SSR, Node), so it is safe to call anywhere. */
export function listenForRefetchTriggers({ onFocus, onReconnect }: RefetchTriggerHandlers): () => void {
  if (typeof window === 'undefined') return () => {};
  const handleVisibility = () => {
    if (window.document.visibilityState === 'visible') onFocus?.();
  };
  const handleOnline = () => onReconnect?.();
  if (onFocus) window.document.addEventListener('visibilitychange', handleVisibility);
  if (onReconnect) window.addEventListener('online', handleOnline);
  return () => {
    window.document.removeEventListener('visibilitychange', handleVisibility);
    window.removeEventListener('online', handleOnline);
  };
}
