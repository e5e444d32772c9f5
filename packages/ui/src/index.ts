// Language
export { I18nProvider } from './i18n/i18n-context.js';
export { useI18n } from './i18n/use-i18n.js';
export type { I18nProps } from './i18n/i18n-context.js';
export { createI18n } from './i18n/create-i18n.js';
export type { I18n, MessageValues } from './i18n/create-i18n.js';
export { en } from './i18n/en/index.js';
export type { MessageKey } from './i18n/en/index.js';
export type { Messages } from './i18n/messages.js';
export type { MessageValue } from './i18n/message-value.js';

// Accessibility and theming
export { LiveRegion, useAnnounce } from './live-region.js';
export type { Announce, AnnounceLanguage } from './live-region.js';
export type { RootAttributes, Theme } from './theme.js';

// Widgets
export * from './uploader/index.js';
export * from './document-list/index.js';
export * from './delete-dialog/index.js';
export * from './manager/index.js';
export * from './erase-dialog/index.js';
