'use client';
import type { DocumentsClient } from '../client/client-types.js';
import { useDocumentsContext } from './documents-context.js';

/**
 * The client of the nearest `<DocumentsProvider>`, for calls the hooks don't cover (e.g. `getFile` for previews).
 * @example const client = useDocumentsClient(); const blob = await client.getFile(document);
 */
export function useDocumentsClient(): DocumentsClient {
  return useDocumentsContext('useDocumentsClient').client;
}
