import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentsProvider } from '../../src/react/documents-provider.js';
import { useDocuments } from '../../src/react/use-documents.js';
import { createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';

const api = setupFakeDocumentsServer();

function DocumentCount() {
  const list = useDocuments();
  return <output>{list.status === 'success' ? `${list.documents.length} documents` : list.status}</output>;
}

// A new client (another user signed in, another token) must not be served what the old one fetched.
describe('DocumentsProvider given a new client', () => {
  it('starts a new cache: the list is fetched again through the new client', async () => {
    const first = createTestClient();
    const { rerender } = render(
      <DocumentsProvider client={first}>
        <DocumentCount />
      </DocumentsProvider>,
    );
    const count = fakeIds(api).length;
    expect(await screen.findByText(`${count} documents`)).toBeInTheDocument();
    await first.delete(fakeIds(api)[0] ?? '');

    rerender(
      <DocumentsProvider client={createTestClient()}>
        <DocumentCount />
      </DocumentsProvider>,
    );

    expect(await screen.findByText(`${count - 1} documents`)).toBeInTheDocument();
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });

  it('keeps one client for the app, and starts a new cache under a new key (the next person signed in): nothing of the last is shown', async () => {
    const client = createTestClient();
    const { rerender } = render(
      <DocumentsProvider key="alice" client={client}>
        <DocumentCount />
      </DocumentsProvider>,
    );
    expect(await screen.findByText(`${fakeIds(api).length} documents`)).toBeInTheDocument();
    api.inject('list', { type: 'latency', ms: 200 });

    rerender(
      <DocumentsProvider key="bob" client={client}>
        <DocumentCount />
      </DocumentsProvider>,
    );

    // Not the last person's list while the next one's loads.
    expect(screen.getByRole('status')).toHaveTextContent('pending');
    expect(await screen.findByText(`${fakeIds(api).length} documents`)).toBeInTheDocument();
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });
});
