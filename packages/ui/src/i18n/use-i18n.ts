'use client';
import { en } from './en/index.js';
import { useWidgetI18n, type I18nProps } from './i18n-context.js';
import type { I18n } from './translator.js';

/** The translator for your own component: its props first, then the nearest {@link I18nProvider}, then English. */
export function useI18n(props: I18nProps = {}): I18n {
  return useWidgetI18n(props, en);
}
