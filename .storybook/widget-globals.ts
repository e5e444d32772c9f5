import type { Messages } from '@iddocs/ui';
import { ar } from '@iddocs/ui/locales/ar';
import { de } from '@iddocs/ui/locales/de';

type ThemeName = 'light' | 'dark';
type LocaleName = 'en' | 'de' | 'ar';

const catalogues: Record<LocaleName, Partial<Messages> | undefined> = { en: undefined, de, ar };

function themeOf(globals: Record<string, unknown>): ThemeName {
  return globals['theme'] === 'dark' ? 'dark' : 'light';
}

function localeOf(globals: Record<string, unknown>): LocaleName {
  const locale = globals['locale'];
  return locale === 'de' || locale === 'ar' ? locale : 'en';
}

/** The widget props every widget shares, from the toolbar (or a story's `globals`). */
export function widgetGlobals(globals: Record<string, unknown>) {
  const locale = localeOf(globals);
  const messages = catalogues[locale];
  return { theme: themeOf(globals), locale, ...(messages && { messages }) };
}

