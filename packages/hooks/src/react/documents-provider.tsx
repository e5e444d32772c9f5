'use client';
import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentsClient } from '../client/client-types.js';
import { createDocumentsStore, type DocumentsStore } from '../cache/documents-store.js';
import { DocumentsContext } from './documents-context.js';

/** Props of {@link DocumentsProvider}. */
export interface DocumentsProviderProps {
  /** The documents client every hook below uses. */
  client: DocumentsClient;
  /** A store to share (tests, several roots); default: one created for `client` and kept across renders. */
  store?: DocumentsStore;
  /** The part of the app that uses the documents hooks. */
  children?: ReactNode;
}

/**
 * Makes a documents client and its cache available to the hooks below.
 * @example
 * const client = createDocumentsClient({ baseUrl, getAccessToken });
 * <DocumentsProvider client={client}><DocumentsPage /></DocumentsProvider>
 */
export function DocumentsProvider({ client, store, children }: DocumentsProviderProps) {
  const [owned, setOwned] = useState(() => ({ client, store: createDocumentsStore(client) }));
  let current = owned;
  // A new client gets a new cache: data fetched with another token must not leak into it.
  if (owned.client !== client) {
    current = { client, store: createDocumentsStore(client) };
    setOwned(current);
  }
  const activeStore = store ?? current.store;
  const value = useMemo(() => ({ client, store: activeStore }), [client, activeStore]);
  // `.Provider` keeps React 18 (our peer range) working.
  return <DocumentsContext.Provider value={value}>{children}</DocumentsContext.Provider>;
}
