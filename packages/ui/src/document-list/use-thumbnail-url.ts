'use client';
import { useDocumentsClient, type Document } from '@iddocs/hooks';
import { useEffect, useState } from 'react';

/**
 * An object URL of an image document's file, fetched with the bearer token (a plain `<img src>` would be refused),
 * and a function to call when it cannot be shown. Revoked when the row goes; `undefined` while loading, when the fetch
 * failed and once it could not be shown. Rows call it for images only.
 */
export function useThumbnailUrl(document: Document): [url: string | undefined, broken: () => void] {
  const client = useDocumentsClient();
  // A stored file never changes under its id: refreshes bring new objects that must not refetch the picture.
  const [first] = useState(document);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
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
  return [url, () => setUrl(undefined)];
}
