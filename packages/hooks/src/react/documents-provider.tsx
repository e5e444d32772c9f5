'use client';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentsClient } from '../client/client-types.js';
import { createDocumentsStore, type DocumentsStore } from '../cache/documents-store.js';

/** Props of {@link DocumentsProvider}. */
export interface DocumentsProviderProps {
  /** The documents client every hook below uses. */
  client: DocumentsClient;
  /** A store to share (tests, several roots); default: one created for `client` and kept across renders. */
  store?: DocumentsStore | undefined;
  /** The part of the app that uses the documents hooks. */
  children?: ReactNode | undefined;
}

/** What `<DocumentsProvider>` gives its subtree. */
export interface DocumentsContextValue {
  /** The transport client. */
  client: DocumentsClient;
  /** The cache every hook reads. */
  store: DocumentsStore;
}

const DocumentsContext = createContext<DocumentsContextValue | null>(null);

/**
 * Makes a documents client and its cache available to the hooks below.
 * @example
 * const client = createDocumentsClient({ baseUrl, getAccessToken });
 * <DocumentsProvider client={client}><DocumentsPage /></DocumentsProvider>
 */
export function DocumentsProvider({ client, store, children }: DocumentsProviderProps) {
  const [owned, setOwned] = useState(() => [client, createDocumentsStore(client)] as const);
  let current = owned;
  // A new client gets a new cache: data fetched with another token must not leak into it.
  if (owned[0] !== client) setOwned((current = [client, createDocumentsStore(client)]));
  const active = store ?? current[1];
  const value = useMemo(() => ({ client, store: active }), [client, active]);
  // `.Provider` keeps React 18 (our peer range) working.
  return <DocumentsContext.Provider value={value}>{children}</DocumentsContext.Provider>;
}

/** Reads the provider's value; `hookName` names the caller in the error thrown outside a provider. */
export function useDocumentsContext(hookName: string): DocumentsContextValue {
  const value = useContext(DocumentsContext);
  if (!value) throw new Error(`${hookName} must be used within <DocumentsProvider>`);
  return value;
}

/**
 * The client of the nearest `<DocumentsProvider>`, for calls the hooks don't cover (e.g. `getFile` for previews).
 * @example const client = useDocumentsClient(); const blob = await client.getFile(document);
 */
export function useDocumentsClient(): DocumentsClient {
  return useDocumentsContext('useDocumentsClient').client;
}

/**
 * The cache of the nearest `<DocumentsProvider>` (e.g. to `invalidate()` after a change made elsewhere).
 * @example const store = useDocumentsStore(); void store.invalidate();
 */
export function useDocumentsStore(): DocumentsStore {
  return useDocumentsContext('useDocumentsStore').store;
}
