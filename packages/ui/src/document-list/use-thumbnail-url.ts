'use client';
import { useDocumentsClient, type Document } from '@iddocs/hooks';
import { useEffect, useState } from 'react';

/** Width of the picture a thumbnail keeps: its 3rem box at up to 2.5× pixel density. */
const WIDTH = 128;

/**
 * The API has no thumbnails: a row gets the whole file, often megabytes. It keeps a small copy instead, so that a list
 * grown by "Load more" holds kilobytes per photo, not the photos. WebP keeps a PNG's transparency. Rejects for a file
 * no browser decoder reads, and where `OffscreenCanvas` is missing: the row keeps its file icon.
 */
async function shrink(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { resizeWidth: WIDTH, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return canvas.convertToBlob({ type: 'image/webp' });
}

/**
 * An object URL of a small copy of an image document's file, fetched with the bearer token (a plain `<img src>` would
 * be refused). Revoked when the row goes; `undefined` while loading and when the file could not be fetched or read.
 * Rows call it for images only.
 */
export function useThumbnailUrl(document: Document): string | undefined {
  const client = useDocumentsClient();
  // A stored file never changes under its id: refreshes bring new objects that must not refetch the picture.
  const [first] = useState(document);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    let created: string | undefined;
    client
      .getFile(first, { signal: controller.signal })
      .then(shrink)
      .then(
        (small) => controller.signal.aborted || setUrl((created = URL.createObjectURL(small))),
        () => {},
      );
    return () => {
      controller.abort();
      if (created) URL.revokeObjectURL(created);
    };
  }, [client, first]);
  return url;
}
