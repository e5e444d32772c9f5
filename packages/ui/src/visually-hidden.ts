import type { CSSProperties } from 'react';

/**
 * Hidden on screen, still read by screen readers. Inline rather than a class so that text meant only for
 * assistive technology stays hidden in unstyled mode (without `@iddocs/ui/styles.css`).
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
