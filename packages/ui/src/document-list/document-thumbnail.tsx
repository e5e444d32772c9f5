'use client';
import type { Document } from '@iddocs/hooks';
import { useState } from 'react';
import { part } from './part.js';
import { useThumbnailUrl } from './use-thumbnail-url.js';

/** A small picture of an image document, or a file icon (its extension) for PDFs, while loading and on failure. */
export function DocumentThumbnail({ document }: { document: Document }) {
  const url = useThumbnailUrl(document);
  const [broken, setBroken] = useState(false);
  // Decorative: the row names the document in text right beside it.
  return url && !broken ? (
    <img {...part('thumbnail')} src={url} alt="" onError={() => setBroken(true)} />
  ) : (
    <span {...part('thumbnail')} data-state="icon" aria-hidden="true">
      {/\.(\w+)$/.exec(document.fileName ?? '')?.[1]}
    </span>
  );
}
