'use client';
import type { DocumentsStore } from '../cache/documents-store.js';
import { useDocumentsContext } from './documents-context.js';

/**
 * The cache of the nearest `<DocumentsProvider>` (e.g. to `invalidate()` after a change made elsewhere).
 * @example const store = useDocumentsStore(); void store.invalidate();
 */
export function useDocumentsStore(): DocumentsStore {
  return useDocumentsContext('useDocumentsStore').store;
}
