'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './messages.js';
import { createTranslator, type I18n } from './translator.js';

/** Language props every widget accepts; they override an enclosing {@link I18nProvider}. */
export interface I18nProps {
  /** BCP 47 locale for dates, numbers, plurals and direction. Default `'en'`. */
  locale?: string | undefined;
  /** Your strings, key by key, over the English defaults (pass a whole catalogue such as `de` to translate). */
  messages?: Partial<Messages> | undefined;
}

const I18nContext = createContext<{ locale?: string; messages?: Partial<Messages> }>({});

/** Sets the language for every widget inside. */
export function I18nProvider({ locale, messages, children }: I18nProps & { children: ReactNode }) {
  const value = useMemo(() => ({ ...(locale && { locale }), ...(messages && { messages }) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The language of a locale (`'de'` of `'de-CH'`); no locale is English. */
const language = (locale = 'en') => locale.split('-')[0]!.toLowerCase();

/**
 * A widget's translator: its own props first, then the nearest provider, then `english` (the widget's own strings).
 * The widget's `messages` go over the provider's key by key, but only when it speaks the provider's language: a widget
 * given its own other `locale` takes none of the provider's strings, which are in another language.
 */
export function useWidgetI18n({ locale, messages }: I18nProps, english: Partial<Messages>): I18n {
  const outer = useContext(I18nContext);
  const resolvedLocale = locale ?? outer.locale;
  const inherited = language(resolvedLocale) === language(outer.locale) ? outer.messages : undefined;
  // Without the provider's strings, the widget's own are used as they are (not copied: read key by key when needed).
  return useMemo(
    () => createTranslator(resolvedLocale, inherited ? { ...inherited, ...messages } : messages, english),
    [resolvedLocale, inherited, messages, english],
  );
}
