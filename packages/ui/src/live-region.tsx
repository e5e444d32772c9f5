'use client';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { visuallyHidden } from './visually-hidden.js';

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce | null>(null);

/**
 * A polite live region for the widgets inside. Nested regions defer to the outermost, so a composed page
 * (uploader + list) speaks through one region and never reads two messages over each other.
 */
export function LiveRegion({ children }: { children: ReactNode }) {
  const outer = useContext(AnnounceContext);
  const [message, setMessage] = useState('');
  // The same text twice in a row would not be re-read; a trailing no-break space makes it a change.
  const announce = useCallback<Announce>((next) => setMessage((previous) => (previous === next ? `${next}\u00a0` : next)), []);
  if (outer) return children;
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-part="live-region">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says something to screen-reader users through the nearest {@link LiveRegion}. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? noop;
}

function noop() {}
