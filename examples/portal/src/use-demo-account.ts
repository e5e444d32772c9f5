import { useCallback, useEffect, useState } from 'react';
import { fetchDemoAccount, type DemoAccount } from './demo-api.js';

/** The demo user's ids at Mews and iDenfy, read from the demo server; `refresh` after an erasure. */
export function useDemoAccount(): { account: DemoAccount | undefined; error: string | undefined; refresh: () => void } {
  const [account, setAccount] = useState<DemoAccount>();
  const [error, setError] = useState<string>();
  const load = useCallback((signal?: AbortSignal) => {
    fetchDemoAccount(signal).then(
      (next) => {
        setAccount(next);
        setError(undefined);
      },
      (reason: Error) => signal?.aborted || setError(reason.message),
    );
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);
  const refresh = useCallback(() => load(), [load]);
  return { account, error, refresh };
}
