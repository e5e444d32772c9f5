'use client';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DocumentsStore } from '../cache/documents-store.js';
import { useDocumentsContext } from './documents-provider.js';

/** A React-free `useSyncExternalStore` source. */
export interface Source<TSnapshot> {
  /** `useSyncExternalStore` subscribe. */
  subscribe: (listener: () => void) => () => void;
  /** `useSyncExternalStore` getSnapshot (also the server snapshot). */
  getSnapshot: () => TSnapshot;
}

/** A stable getter of the latest `value`. */
function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}

/**
 * What `useUploadDocument` and `useDeleteDocument` share: a source created once per store that reads the
 * latest `options` through a getter, so long-lived uploads and deletes see current props without being recreated.
 */
export function useSource<TOptions, TSource extends Source<unknown>>(
  hookName: string,
  create: (store: DocumentsStore, options: () => TOptions) => TSource,
  options: TOptions,
): [ReturnType<TSource['getSnapshot']>, TSource] {
  const { store } = useDocumentsContext(hookName);
  const getOptions = useLatest(options);
  const source = useMemo(() => create(store, getOptions), [store, create, getOptions]);
  const snapshot = useSyncExternalStore(source.subscribe, source.getSnapshot, source.getSnapshot);
  return [snapshot as ReturnType<TSource['getSnapshot']>, source];
}
