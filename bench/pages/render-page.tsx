// Render page: the first render of <DocumentList> with 500 documents vs a bare <ul> of the same data.
// The 500 documents come from the fake API over HTTP through the real client into the real cache *before* any
// timing (5 pages of 100), so the timings hold no network: the first commit already shows every row.
import { createDocumentsClient, createDocumentsStore, DocumentsProvider, type Document } from '@iddocs/hooks';
import { DocumentList } from '@iddocs/ui';
import '@iddocs/ui/styles.css';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { collectGarbage, publish, TOKEN } from './bench-window.js';

const PAGE = 100;
const key = ['documents', { limit: PAGE, offset: 0 }] as const;
const client = createDocumentsClient({ baseUrl: location.origin, getAccessToken: () => TOKEN });
// Nothing may refetch or expire between runs: every mount must find the same 500 documents in the cache.
const store = createDocumentsStore(client, { staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false });
let documents: Document[] = [];

/** Loads every page into the cache, as "Load more" would; resolves with the number of documents. */
async function load(): Promise<number> {
  await store.fetch(key);
  while (store.getSnapshot(key).data?.at(-1)?.hasMore) await store.fetchNextPage(key);
  const snapshot = store.getSnapshot(key);
  if (snapshot.status !== 'success') throw new Error(`loading the documents failed: ${snapshot.error?.message}`);
  documents = snapshot.data.flatMap((page) => page.documents);
  return documents.length;
}

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** The floor: the same four facts per document in plain elements, no component, no cache, no styles. */
function BareList({ items }: { items: readonly Document[] }) {
  return (
    <ul>
      {items.map((document) => (
        <li key={document.id}>
          <span>{document.typeName}</span> <span>{document.fileName}</span>{' '}
          {document.createTime && <time dateTime={document.createTime}>{dates.format(new Date(document.createTime))}</time>} <span>{document.status}</span>
        </li>
      ))}
    </ul>
  );
}

/** One timed mount in a fresh root: React render + commit (flushSync), then forced style and layout. */
function mount(element: ReactElement, rowSelector: string) {
  collectGarbage();
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  const committed = performance.now();
  container.getBoundingClientRect();
  const laidOut = performance.now();
  const rows = container.querySelectorAll(rowSelector);
  const lastName = rows[rows.length - 1]?.textContent ?? '';
  // How much DOM each row is, to read the ratio by: elements and attributes per row.
  const elements = [...container.querySelectorAll('*')];
  const attributes = elements.reduce((sum, node) => sum + node.attributes.length, 0);
  root.unmount();
  container.remove();
  return {
    renderMs: committed - start,
    layoutMs: laidOut - start,
    rows: rows.length,
    lastRowHasName: lastName.includes(documents.at(-1)?.fileName ?? '?'),
    elementsPerRow: elements.length / rows.length,
    attributesPerRow: attributes / rows.length,
  };
}

const ours = () => (
  <DocumentsProvider client={client} store={store}>
    <DocumentList limit={PAGE} />
  </DocumentsProvider>
);

/**
 * For information: our list with every row laid out, as if all 500 were on screen. The stylesheet skips the style and
 * layout of rows off screen (`content-visibility: auto`); this override turns that off for one mount.
 */
const everyRow = document.createElement('style');
everyRow.textContent = ".iddocs-list [data-part='item'] { content-visibility: visible !important; }";
document.head.append(everyRow);
everyRow.disabled = true;

function oursEveryRowLaidOut() {
  everyRow.disabled = false;
  try {
    return mount(ours(), 'li[data-part="item"]');
  } finally {
    everyRow.disabled = true;
  }
}

publish({
  load,
  ours: () => mount(ours(), 'li[data-part="item"]'),
  oursEveryRowLaidOut,
  bare: () => mount(<BareList items={documents} />, 'li'),
});
