'use client';
import { useDocumentsClient, type Document } from '@iddocs/hooks';
import { useEffect, useState } from 'react';

const IMAGE = /^image\//;

/**
 * An object URL of an image document's file, fetched with the bearer token (a plain `<img src>` would be refused).
 * Revoked when the row goes; `undefined` while loading, for non-images, and when the fetch fails.
 */
export function useThumbnailUrl(document: Document): string | undefined {
  const client = useDocumentsClient();
  // A stored file never changes under its id: refreshes bring new objects that must not refetch the picture.
  const [first] = useState(document);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!IMAGE.test(first.mimeType ?? '')) return;
    const controller = new AbortController();
    let created: string | undefined;
    client.getFile(first, { signal: controller.signal }).then(
      (blob) => controller.signal.aborted || setUrl((created = URL.createObjectURL(blob))),
      () => {},
    );
    return () => {
      controller.abort();
      if (created) URL.revokeObjectURL(created);
    };
  }, [client, first]);
  return url;
}
