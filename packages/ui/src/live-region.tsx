'use client';
import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { I18n } from './i18n/translator.js';
import { visuallyHidden } from './visually-hidden.js';

/** The language a message is in: a widget's translator will do. */
export type AnnounceLanguage = Pick<I18n, 'locale' | 'dir'>;
/** What {@link useAnnounce} returns: says `message` in the live region, in `language` when it differs from the page's. */
export type Announce = (message: string, language?: AnnounceLanguage) => void;
type Said = [message: string, language: AnnounceLanguage | undefined];
const AnnounceContext = createContext<Announce | null>(null);
const subscribeToNothing = () => () => {};
// What a region has rendered: a message announced over one of these comes in a later batch of updates (task), and
// replaces it; over one not rendered yet, it comes in the same batch, and joins it.
const rendered = new WeakSet<Said>();

/**
 * A polite live region for the widgets inside. Nested regions defer to the outermost, so a composed page
 * (uploader + list) speaks through one region and never reads two messages over each other.
 */
export function LiveRegion({ children }: { children: ReactNode }): ReactNode {
  const outer = useContext(AnnounceContext);
  const [said, setMessage] = useState<Said>(['', undefined]);
  const [message, language] = said;
  // Idempotent, so harmless in a render React throws away or repeats.
  rendered.add(said);
  // The region lives at the end of <body> (below), which the server's HTML has no part of: rendered in the browser
  // only, after hydration (the server's snapshot, `false`, is what hydration sees).
  const inBrowser = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  // Messages of one task (four files refused at once) are read together, in order, in the language of the last: a
  // reader would hear only the latest text of the region. The same text twice in a row would not be re-read; a
  // trailing no-break space makes it a change.
  const announce = useCallback<Announce>(
    (next, lang) =>
      setMessage((previous) => {
        const [text] = previous;
        return [text && !rendered.has(previous) ? `${text} ${next}` : text === next ? `${next}\u00a0` : next, lang];
      }),
    [],
  );
  // Emptied 7 s after the last message, so that browsing the page never meets an old "scan.jpg: Uploaded". Not
  // sooner: a polite message waits until the reader has finished what it is saying, and a reader may take the text
  // only when its turn comes (React Aria's announcer, once at 1 s, now waits 7 s too). Emptying is not read out, and
  // the next message, even the same text again, is a change from nothing: it is read.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(['', undefined]), 7000);
    return () => clearTimeout(timer);
  }, [message]);
  if (outer) return children;
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {/*
        A direct child of <body>, outside the widget's root: it carries the message's own language, so that it is read
        in that voice; and a dialog, which hides the rest of the page from assistive technology but must leave live
        regions and their ancestors, then leaves nothing of the page but <body> (in a <main> or a <p>, the region would
        keep them and their text reachable behind the dialog, and a <div> in a <p> is invalid HTML).
      */}
      {inBrowser &&
        createPortal(
          <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-part="live-region" lang={language?.locale} dir={language?.dir}>
            {message}
          </div>,
          document.body,
        )}
    </AnnounceContext.Provider>
  );
}

/**
 * Says something to screen-reader users through the nearest {@link LiveRegion}; pass the language of the message
 * (`locale` and `dir`, e.g. your `I18n`) when it differs from the page's.
 */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? noop;
}

function noop() {}
