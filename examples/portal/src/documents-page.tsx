import { useState } from 'react';
import { useDeleteDocument, useDocuments, useUploadDocument } from '@iddocs/hooks';

const PASSPORT_TYPE_ID = 1;

/** A "My documents" page built on the headless hooks alone: upload with progress, list, load more, delete. */
export function DocumentsPage() {
  return (
    <main>
      <h1>My documents</h1>
      <PassportUpload />
      <MyDocuments />
    </main>
  );
}

function PassportUpload() {
  const { upload, uploads, cancel, retry } = useUploadDocument();
  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">Add your passport</h2>
      <label>
        Passport photo or scan (JPEG, PNG, WebP, HEIC or PDF)
        <input
          type="file"
          multiple
          onChange={(event) => {
            for (const file of event.currentTarget.files ?? []) upload(file, { typeId: PASSPORT_TYPE_ID });
            event.currentTarget.value = '';
          }}
        />
      </label>
      <ul aria-label="Uploads">
        {uploads.map((item) => {
          const name = item.file instanceof File ? item.file.name : 'document';
          switch (item.status) {
            case 'queued':
              return <li key={item.id}>{name}: waiting</li>;
            case 'pending':
              return (
                <li key={item.id}>
                  <label>
                    {name} <progress max={100} value={item.progress.percent} /> {item.progress.percent} %
                  </label>
                  <button type="button" onClick={() => cancel(item.id)}>Cancel {name}</button>
                </li>
              );
            case 'success':
              return <li key={item.id}>{name}: uploaded</li>;
            case 'error':
              return (
                <li key={item.id}>
                  <span role="alert">{name}: {item.error.message}</span>
                  {item.error.code !== 'FILE_REJECTED' && (
                    <button type="button" onClick={() => retry(item.id)}>Retry {name}</button>
                  )}
                </li>
              );
            default:
              return item satisfies never;
          }
        })}
      </ul>
    </section>
  );
}

function MyDocuments() {
  const list = useDocuments({ limit: 10 });
  const { deleteDocument, isDeleting, status, error } = useDeleteDocument();
  const [dateFormat] = useState(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }));

  if (list.status === 'pending') return <p role="status">Loading your documents…</p>;
  // An error with documents still shown is a failed background refresh (keep the list, say nothing), or a failed
  // "Load more" (`isFetchNextPageError`, said beside its button).
  if (list.status === 'error' && list.documents === undefined) {
    return (
      <p role="alert">
        {list.error.message} <button type="button" onClick={() => list.refetch()}>Try again</button>
      </p>
    );
  }
  const documents = list.documents ?? [];
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">Uploaded documents</h2>
      {status === 'error' && <p role="alert">Could not delete: {error.message}</p>}
      {documents.length === 0 ? (
        <p>No documents yet.</p>
      ) : (
        <ul aria-label="Documents">
          {documents.map((doc) => {
            const name = `${doc.typeName ?? 'Document'} — ${doc.fileName ?? doc.id}`;
            return (
              <li key={doc.id}>
                {name} · {doc.status.replace('_', ' ')}
                {doc.createTime && ` · ${dateFormat.format(new Date(doc.createTime))}`}
                <button type="button" disabled={isDeleting(doc.id)} onClick={() => deleteDocument(doc.id)}>
                  Delete {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {list.isFetchNextPageError && <p role="alert">More documents could not be loaded: {list.error?.message}</p>}
      {list.hasNextPage && (
        <button type="button" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          Load more
        </button>
      )}
    </section>
  );
}
