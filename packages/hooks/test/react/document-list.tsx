import { useDeleteDocument } from '../../src/react/use-delete-document.js';
import { useDocuments } from '../../src/react/use-documents.js';

/** A minimal documents page the tests drive by role: rows, delete buttons, load more, refresh. */
export function DocumentList({ limit = 10, onDeleteError }: { limit?: number; onDeleteError?: (code: string) => void }) {
  const list = useDocuments({ limit });
  const deletion = useDeleteDocument({ onError: (error) => onDeleteError?.(error.code) });
  if (list.status === 'pending') return <output>Loading documents</output>;
  return (
    <section>
      {list.status === 'error' && <p role="alert">Failed: {list.error.code}</p>}
      <ul aria-label="Documents">
        {list.documents?.map((document) => (
          <li key={document.id}>
            {document.fileName}
            <button type="button" onClick={() => deletion.deleteDocument(document.id)}>
              Delete {document.fileName}
            </button>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()}>
          Load more
        </button>
      )}
      <button type="button" onClick={() => void list.refetch()}>
        Refresh
      </button>
    </section>
  );
}
