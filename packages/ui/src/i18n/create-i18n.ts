import { en } from './en/index.js';
import type { Messages } from './messages.js';
import { createTranslator, type I18n } from './translator.js';

export type { I18n, MessageValues } from './translator.js';

/** Builds the translator and formatters for a locale; `messages` override the English defaults key by key. */
export function createI18n(locale = 'en', messages?: Partial<Messages>): I18n {
  return createTranslator(locale, messages, en);
}
