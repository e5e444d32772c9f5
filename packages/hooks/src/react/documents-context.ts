'use client';
import { createContext, useContext } from 'react';
import type { DocumentsClient } from '../client/client-types.js';
import type { DocumentsStore } from '../cache/documents-store.js';

/** What `<DocumentsProvider>` gives its subtree. */
export interface DocumentsContextValue {
  /** The transport client. */
  client: DocumentsClient;
  /** The cache every hook reads. */
  store: DocumentsStore;
}

/** Internal: set by `<DocumentsProvider>`. */
export const DocumentsContext = createContext<DocumentsContextValue | null>(null);

/** Reads the provider's value; `hookName` names the caller in the error thrown outside a provider. */
export function useDocumentsContext(hookName: string): DocumentsContextValue {
  const value = useContext(DocumentsContext);
  if (!value) throw new Error(`${hookName} must be used within <DocumentsProvider>`);
  return value;
}
