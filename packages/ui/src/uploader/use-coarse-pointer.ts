'use client';
import { useSyncExternalStore } from 'react';

// `window.matchMedia?.`: jsdom (an app's tests) has none; read at render, never at import, so servers never touch it.
const coarse = () => window.matchMedia?.('(pointer: coarse)');

const subscribe = (changed: () => void) => {
  const query = coarse();
  query?.addEventListener('change', changed);
  return () => query?.removeEventListener('change', changed);
};

/**
 * Whether the main pointer is a finger (a phone, a tablet), where nothing is dragged or pasted. False on the server
 * and while hydrating, so that the page hydrates as the server wrote it; then it follows the device (a tablet given
 * a mouse changes back).
 */
export const useCoarsePointer = () => useSyncExternalStore(subscribe, () => !!coarse()?.matches, () => false);
