'use client';
import type { Document } from '@iddocs/hooks';
import { useThumbnailUrl } from './use-thumbnail-url.js';

const EXTENSION = /\.(\w+)$/;

/**
 * A file icon: the document's extension ("pdf"). Decorative: the row names the document in text right beside it.
 * A plain function, not a component: a PDF row costs no extra fiber.
 */
export function fileIcon(fileName: string | undefined) {
  return (
    <span data-part="thumbnail" aria-hidden="true">
      {fileName && EXTENSION.exec(fileName)?.[1]}
    </span>
  );
}

/** An image document's picture, fetched with the bearer token; the icon while loading and on failure. */
export function ImageThumbnail({ document }: { document: Document }) {
  const url = useThumbnailUrl(document);
  return url ? <img data-part="thumbnail" src={url} alt="" /> : fileIcon(document.fileName);
}
