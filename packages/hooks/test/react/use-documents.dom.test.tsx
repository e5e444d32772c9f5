import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentsStore } from '../../src/cache/documents-store.js';
import { documentsListKey } from '../../src/cache/query-key.js';
import { DocumentsProvider } from '../../src/react/documents-provider.js';
import { useDocuments } from '../../src/react/use-documents.js';
import { BASE_URL, createTestClient, fakeIds, requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { DocumentList } from './document-list.js';
import { renderDocumentsHook, renderWithDocuments } from './render-with-documents.js';

const api = setupFakeDocumentsServer();
afterEach(() => vi.restoreAllMocks());

const rowNames = () => within(screen.getByRole('list', { name: 'Documents' })).getAllByRole('listitem').map((row) => row.firstChild?.textContent);
const listRequestsWithLimit = (limit: number) =>
  requestsTo(api, 'list').filter((request) => new URL(request.url, BASE_URL).searchParams.get('limit') === String(limit));
const fakeFileNames = () => api.documents().map((document) => document.fileName);

describe('useDocuments', () => {
  it('shows the pending state, then the documents in server order', async () => {
    renderWithDocuments(<DocumentList />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading documents');
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
  });

  it('reports a server error and shows the documents after a refetch', async () => {
    api.inject('list', { type: 'status', status: 500 });
    renderWithDocuments(<DocumentList />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed: SERVER');

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(rowNames()).toEqual(fakeFileNames());
  });

  it('sends one request for two components showing the same list', async () => {
    api.inject('list', { type: 'latency', ms: 100 });
    const { rerender } = renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(1));
    rerender(
      <>
        <DocumentList />
        <DocumentList limit={10} />
      </>,
    );

    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Documents' })).toHaveLength(2));
    expect(requestsTo(api, 'list')).toHaveLength(1);
  });

  it('sends one request per key in StrictMode', async () => {
    renderWithDocuments(<DocumentList />, { strict: true });
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    expect(requestsTo(api, 'list')).toHaveLength(1);
  });

  it('loads more documents page by page until there are none', async () => {
    renderWithDocuments(<DocumentList limit={2} />);
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames().slice(0, 2)));

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames().slice(0, 4)));
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(requestsTo(api, 'list')).toHaveLength(3);
  });

  it('marks the next-page request while it is in flight', async () => {
    const { result } = renderDocumentsHook(() => useDocuments({ limit: 2 }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.hasNextPage).toBe(true);
    api.inject('list', { type: 'latency', ms: 50 });

    const loading = result.current.fetchNextPage();
    await waitFor(() => expect(result.current).toMatchObject({ isFetchingNextPage: true, isFetching: true }));
    await loading;
    await waitFor(() => expect(result.current.documents?.map((document) => document.id)).toEqual(fakeIds(api).slice(0, 4)));
    expect(result.current.isFetchingNextPage).toBe(false);
  });

  it('refetches stale data when the tab becomes visible again', async () => {
    renderWithDocuments(<DocumentList />, { storeOptions: { staleTime: 0 } });
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');

    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(2));
  });

  it('leaves a store alone on focus when its refetchOnWindowFocus is off', async () => {
    const client = createTestClient();
    const quiet = createDocumentsStore(client, { staleTime: 0, refetchOnWindowFocus: false });
    const eager = createDocumentsStore(client, { staleTime: 0 });
    render(
      <>
        <DocumentsProvider client={client} store={quiet}>
          <DocumentList limit={10} />
        </DocumentsProvider>
        <DocumentsProvider client={client} store={eager}>
          <DocumentList limit={3} />
        </DocumentsProvider>
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Documents' })).toHaveLength(2));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');

    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(listRequestsWithLimit(3)).toHaveLength(2));
    await waitFor(() => expect(eager.getSnapshot(documentsListKey({ limit: 3 })).isFetching).toBe(false));
    expect(listRequestsWithLimit(10)).toHaveLength(1);
  });

  it('refetches stale data when the browser comes back online', async () => {
    renderWithDocuments(<DocumentList />, { storeOptions: { staleTime: 0 } });
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    api.inject('list', { type: 'latency', ms: 30 });

    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(2));
    expect(rowNames()).toEqual(fakeFileNames());
  });

  it('keeps the same documents array while only the fetch state changes', async () => {
    const { result } = renderDocumentsHook(() => useDocuments({ limit: 2 }));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', isFetching: false }));
    const loaded = result.current.documents;

    api.inject('list', { type: 'latency', ms: 50 });
    let refetching: Promise<void> | undefined;
    act(() => {
      refetching = result.current.refetch();
    });
    expect(result.current.isFetching).toBe(true);
    expect(result.current.documents).toBe(loaded);
    await act(() => refetching);
    // The refetch brought new pages: a new array, with the same documents.
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(result.current.documents).not.toBe(loaded);
    expect(result.current.documents).toEqual(loaded);
  });

  it('reads the cache without fetching while disabled', async () => {
    const { result } = renderDocumentsHook(() => ({
      shared: useDocuments({ limit: 2, enabled: false }),
      own: useDocuments({ limit: 3, enabled: false }),
      loader: useDocuments({ limit: 2 }),
    }));
    await waitFor(() => expect(result.current.shared.status).toBe('success'));

    expect(result.current.shared.documents).toEqual(result.current.loader.documents);
    expect(result.current.own).toMatchObject({ status: 'pending', isFetching: false });
    expect(requestsTo(api, 'list')).toHaveLength(1);
  });

  it('throws a named error outside <DocumentsProvider>', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<DocumentList />)).toThrow('useDocuments must be used within <DocumentsProvider>');
    consoleError.mockRestore();
  });
});
