/** Colour scheme of a widget: follow the system (`prefers-color-scheme`), or force one. */
export type Theme = 'system' | 'light' | 'dark';

/** Props of every widget's root element: styling hooks and language. */
export interface RootAttributes {
  /** Extra class on the widget's root (every part also has its own `iddocs-…` class and `data-part`). */
  className?: string | undefined;
  /** Colour scheme. Default `'system'`. */
  theme?: Theme | undefined;
}

/** `data-theme` for a theme: none for `'system'`, so the stylesheet follows `prefers-color-scheme`. */
export function themeAttribute(theme: Theme | undefined): 'light' | 'dark' | undefined {
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}
