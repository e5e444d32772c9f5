'use client';
import type { Document } from '@iddocs/hooks';
import { useState } from 'react';
import { part } from './part.js';
import { useThumbnailUrl } from './use-thumbnail-url.js';

/** A file icon: the document's extension ("pdf"). Decorative: the row names the document in text right beside it. */
function FileIcon({ document }: { document: Document }) {
  return (
    <span {...part('thumbnail')} data-state="icon" aria-hidden="true">
      {/\.(\w+)$/.exec(document.fileName ?? '')?.[1]}
    </span>
  );
}

/** An image document's picture, fetched with the bearer token; the icon while loading and on failure. */
function ImageThumbnail({ document }: { document: Document }) {
  const url = useThumbnailUrl(document);
  const [broken, setBroken] = useState(false);
  return url && !broken ? <img {...part('thumbnail')} src={url} alt="" onError={() => setBroken(true)} /> : <FileIcon document={document} />;
}

/** A small picture of an image document, or a file icon (its extension) for PDFs. Only images cost a request and state. */
export function DocumentThumbnail({ document }: { document: Document }) {
  return (document.mimeType ?? '').startsWith('image/') ? <ImageThumbnail document={document} /> : <FileIcon document={document} />;
}
