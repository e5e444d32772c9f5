import type { MessageKey } from './en/index.js';
import type { MessageValue } from './message-value.js';
import type { Messages } from './messages.js';

/** Values for a message's `{placeholders}`; numbers are formatted for the locale, `count` picks the plural form. */
export type MessageValues = Record<string, string | number>;

/** Everything a widget needs to speak the user's language. */
export interface I18n {
  /** BCP 47 locale, e.g. `'de'`. */
  locale: string;
  /** Writing direction of the locale. */
  dir: 'ltr' | 'rtl';
  /** The message for `key`, with values filled in. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /**
   * A byte count as the locale writes it (`1.2 MB`, `1,2 MB`); given `near` (a limit shown with it), with as many
   * decimals as it takes to read differently from it (`1.01 kB`, at least `1.02 kB`).
   */
  formatBytes: (bytes: number, near?: number) => string;
  /** An ISO date as the locale writes it, or `''` when it is not a date. */
  formatDate: (iso: string) => string;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Builds the translator and formatters for a locale: `messages` first, then `defaults` (the English strings of the
 * widget that asks, so that a page with one widget does not download every widget's strings).
 */
export function createTranslator(locale = 'en', messages: Partial<Messages> | undefined, defaults: Partial<Messages>): I18n {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const language = locale.split('-')[0]!.toLowerCase();
  const bytesIn = (value: number, digits: number) => {
    let unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: UNITS[unit],
      // CLDR's short form of "byte" does not pluralise ("884 byte"); the long one does ("884 bytes").
      unitDisplay: unit ? 'short' : 'long',
      maximumFractionDigits: unit ? digits : digits - 1,
    }).format(value);
  };
  return {
    locale,
    dir: RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr',
    t(key, values = {}) {
      const message: MessageValue = messages?.[key] ?? defaults[key] ?? key;
      const text = typeof message === 'string' ? message : (message[plurals.select(Number(values.count))] ?? message.other);
      // Most strings have no placeholder: skip the scan (a list of 500 rows asks for thousands).
      if (!text.includes('{')) return text;
      return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) return placeholder;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
    formatBytes(bytes, near) {
      // A size shown with its limit never reads the same as it ("1 kB, at least 1 kB"): as many decimals as tell them apart.
      let digits = 1;
      if (near !== undefined && near !== bytes) while (bytesIn(bytes, digits) === bytesIn(near, digits)) digits++;
      return bytesIn(bytes, digits);
    },
    formatDate(iso) {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? '' : dates.format(date);
    },
  };
}
