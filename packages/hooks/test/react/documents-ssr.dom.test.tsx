// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { createDocumentsClient } from '../../src/client/create-documents-client.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { DocumentsProvider } from '../../src/react/documents-provider.js';
import { useDeleteDocument } from '../../src/react/use-delete-document.js';
import { useDocument } from '../../src/react/use-document.js';
import { useDocuments } from '../../src/react/use-documents.js';
import { useUploadDocument } from '../../src/react/use-upload-document.js';
import { createTestClient, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';

const api = setupFakeDocumentsServer();

function Page() {
  const list = useDocuments();
  const one = useDocument('1');
  const uploader = useUploadDocument();
  const deletion = useDeleteDocument();
  return (
<p>{`list:${list.status} one:${one.status} upload:${uploader.status} delete:${deletion.status}`}</p>
  );
}

describe('server rendering', () => {
  it('renders the pending state without window and without a request', async () => {
    expect(typeof window).toBe('undefined');
    const client = createTestClient();
    const store = createDocumentsStore(client);

    const html = renderToString(
      <DocumentsProvider client={client} store={store}>
        <Page />
      </DocumentsProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(html).toContain('list:pending one:pending upload:idle delete:idle');
    expect(api.requests).toHaveLength(0);
    expect(store.getSnapshot(documentsListKey()).isFetching).toBe(false);
  });

  it('renders with a store the provider creates itself', () => {
    const html = renderToString(
      <DocumentsProvider client={createTestClient()}>
        <Page />
      </DocumentsProvider>,
    );
    expect(html).toContain('list:pending');
  });

  it('renders with a client made at module scope from a path baseUrl, which only a page can resolve', () => {
    const html = renderToString(
      <DocumentsProvider client={createDocumentsClient({ baseUrl: '/portal-api', getAccessToken: () => 't' })}>
        <Page />
      </DocumentsProvider>,
    );
    expect(html).toContain('list:pending');
  });
});
