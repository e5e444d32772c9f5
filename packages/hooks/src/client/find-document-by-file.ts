import type { ClientContext } from './client-context.js';
import type { Document } from './document.js';
import { listDocuments } from './list-documents.js';

const PAGE_SIZE = 50;
const MAX_SCANNED = 100;

/** Looks through the newest documents (up to 100) for one created from `file`. */
export async function findDocumentByFile(context: ClientContext, file: string, signal?: AbortSignal): Promise<Document | undefined> {
  for (let offset = 0; offset < MAX_SCANNED; offset += PAGE_SIZE) {
    const page = await listDocuments(context, { limit: PAGE_SIZE, offset, ...(signal === undefined ? {} : { signal }) });
    const match = page.documents.find((document) => document.file === file);
    if (match !== undefined) return match;
    if (!page.hasMore) return undefined;
  }
  return undefined;
}
