'use client';
import { useMemo } from 'react';
import type { Document } from '../client/document.js';
import type { DocumentsError } from '../client/documents-error.js';
import { documentKey } from '../cache/query-key.js';
import type { QuerySnapshot } from '../cache/query-snapshot.js';
import { useQuery } from './use-query.js';

/** Options of {@link useDocument}. */
export interface UseDocumentOptions {
  /** `false` reads the cache without fetching. Default `true`. */
  enabled?: boolean | undefined;
}

/** What {@link useDocument} returns besides its status. */
export interface UseDocumentControls {
  /** A request for this document is in flight. */
  isFetching: boolean;
  /** Reloads the document; never rejects (errors land in the state). */
  refetch: () => Promise<void>;
}

/** One document, as a union on `status`. */
export type UseDocumentResult = UseDocumentControls &
  (
    | {
        /** First load not finished. */
        status: 'pending';
        /** Nothing loaded yet. */
        document: undefined;
        /** No error. */
        error: null;
      }
    | {
        /** The last request failed (`NOT_FOUND` once deleted). */
        status: 'error';
        /** The document from an earlier success, if any. */
        document: Document | undefined;
        /** Why it failed. */
        error: DocumentsError;
      }
    | {
        /** Loaded. */
        status: 'success';
        /** The document. */
        document: Document;
        /** No error. */
        error: null;
      }
  );

const toResult = (snapshot: QuerySnapshot<Document>) => ({ document: snapshot.data });

/**
 * One document by id from the shared cache.
 * @example
 * const { status, document } = useDocument(id);
 * return status === 'success' ? <DocumentCard document={document} /> : null;
 */
export function useDocument(id: string, { enabled = true }: UseDocumentOptions = {}): UseDocumentResult {
  const key = useMemo(() => documentKey(id), [id]);
  return useQuery('useDocument', key, enabled, toResult);
}
