import type { Document, DocumentPage } from '../client/document.js';

/** Where a document sat in a list's pages, so a rollback can put it back in place. */
export interface PagePosition {
  /** Index of the page. */
  pageIndex: number;
  /** Index within that page. */
  index: number;
}

/** Every document of the loaded pages, in order. */
export function flattenPages(pages: readonly DocumentPage[]): Document[] {
  return pages.flatMap((page) => page.documents);
}

/** Offset of the page after the last loaded one, or `undefined` when the server said there is none. */
export function nextPageOffset(pages: readonly DocumentPage[]): number | undefined {
  const last = pages.at(-1);
  return last?.hasMore ? last.offset + last.limit : undefined;
}

/** Where the document with this id is, if loaded. */
export function findInPages(pages: readonly DocumentPage[], id: string): PagePosition | undefined {
  for (const [pageIndex, page] of pages.entries()) {
    const index = page.documents.findIndex((document) => document.id === id);
    if (index !== -1) return { pageIndex, index };
  }
  return undefined;
}

/** The pages without the document at `position`. */
export function removeAt(pages: readonly DocumentPage[], { pageIndex, index }: PagePosition): DocumentPage[] {
  return pages.map((page, i) =>
    i === pageIndex ? { ...page, documents: page.documents.filter((_, j) => j !== index) } : page,
  );
}

/** The pages with `document` back at `position` (clamped to the page's end); unchanged if that page is gone. */
export function insertAt(pages: readonly DocumentPage[], { pageIndex, index }: PagePosition, document: Document): DocumentPage[] {
  if (pageIndex >= pages.length) return [...pages];
  return pages.map((page, i) =>
    i === pageIndex ? { ...page, documents: page.documents.toSpliced(Math.min(index, page.documents.length), 0, document) } : page,
  );
}

/** The page without documents whose ids are in `hidden` (deletes still in flight). */
export function withoutIds(page: DocumentPage, hidden: ReadonlySet<string>): DocumentPage {
  if (hidden.size === 0) return page;
  return { ...page, documents: page.documents.filter((document) => !hidden.has(document.id)) };
}
