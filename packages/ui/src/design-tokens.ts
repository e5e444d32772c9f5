/**
 * The design tokens of styles/tokens.css, without their `--iddocs-` prefix: the ones a dialog copies onto its portal
 * from where it is declared (alert-dialog-frame.tsx). A test keeps this list and the stylesheet in step.
 */
export const DESIGN_TOKENS = 'font font-size radius space control color-bg color-surface color-fg color-muted color-border color-accent color-accent-fg color-danger color-danger-fg color-success color-warning color-focus color-overlay'.split(' ');
