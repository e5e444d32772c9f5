import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useDeleteDocument } from '../../src/react/use-delete-document.js';
import { useDocuments } from '../../src/react/use-documents.js';
import { fakeIds, requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { DocumentList } from './document-list.js';
import { renderDocumentsHook, renderWithDocuments } from './render-with-documents.js';

const api = setupFakeDocumentsServer();

const rowNames = () => within(screen.getByRole('list', { name: 'Documents' })).getAllByRole('listitem').map((row) => row.firstChild?.textContent);
const ids = (documents: { id: string }[] | undefined) => documents?.map((document) => document.id);
const fakeFileNames = () => api.documents().map((document) => document.fileName);

describe('useDeleteDocument', () => {
  it('removes the row before the server answers, then refetches the list without it', async () => {
    renderWithDocuments(<DocumentList />);
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    const [first, ...rest] = fakeFileNames();
    api.inject('delete', { type: 'latency', ms: 200 });

    await userEvent.click(screen.getByRole('button', { name: `Delete ${first}` }));
    expect(rowNames()).toEqual(rest);
    expect(fakeFileNames()).toContain(first);

    await waitFor(() => expect(fakeFileNames()).not.toContain(first));
    await waitFor(() => expect(requestsTo(api, 'list')).toHaveLength(2));
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
  });

  it('puts the row back in place when the delete fails', async () => {
    const onDeleteError = vi.fn<(code: string) => void>();
    renderWithDocuments(<DocumentList onDeleteError={onDeleteError} />);
    await waitFor(() => expect(rowNames()).toEqual(fakeFileNames()));
    const original = fakeFileNames();
    const middle = original[2];
    api.inject('delete', { type: 'status', status: 500 });
    api.inject('list', { type: 'latency', ms: 300 });

    // Synchronous click: the 500 comes back faster than userEvent's own delays.
    fireEvent.click(screen.getByRole('button', { name: `Delete ${middle}` }));
    expect(rowNames()).not.toContain(middle);

    await waitFor(() => expect(onDeleteError).toHaveBeenCalledWith('SERVER'));
    expect(rowNames()).toEqual(original);
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });

  it('removes the document from every cached list at once', async () => {
    const { result } = renderDocumentsHook(() => ({
      all: useDocuments(),
      firstTwo: useDocuments({ limit: 2 }),
      deletion: useDeleteDocument(),
    }));
    await waitFor(() => expect(result.current.firstTwo.status).toBe('success'));
    await waitFor(() => expect(result.current.all.status).toBe('success'));
    const target = fakeIds(api)[1] ?? '';
    api.inject('delete', { type: 'latency', ms: 100 });

    act(() => result.current.deletion.deleteDocument(target));
    expect(ids(result.current.all.documents)).not.toContain(target);
    expect(ids(result.current.firstTwo.documents)).not.toContain(target);
    expect(result.current.deletion).toMatchObject({ status: 'pending', variables: target });
    expect(result.current.deletion.isDeleting(target)).toBe(true);

    await waitFor(() => expect(result.current.deletion.status).toBe('success'));
    expect(result.current.deletion.isDeleting(target)).toBe(false);
  });

  it('with { optimistic: false } keeps the document listed until the server has deleted it', async () => {
    const { result } = renderDocumentsHook(() => ({ all: useDocuments(), deletion: useDeleteDocument() }));
    await waitFor(() => expect(result.current.all.status).toBe('success'));
    const target = fakeIds(api)[1] ?? '';
    api.inject('delete', { type: 'latency', ms: 100 });

    act(() => result.current.deletion.deleteDocument(target, { optimistic: false }));
    expect(ids(result.current.all.documents)).toContain(target);
    expect(result.current.deletion.isDeleting(target)).toBe(true);

    await waitFor(() => expect(result.current.deletion.status).toBe('success'));
    expect(ids(result.current.all.documents)).not.toContain(target);
  });

  it('sends a single DELETE for a second call with the same id while the first is pending', async () => {
    const onSuccess = vi.fn<(id: string) => void>();
    const { result } = renderDocumentsHook(() => useDeleteDocument({ onSuccess }));
    const target = fakeIds(api)[0] ?? '';
    api.inject('delete', { type: 'latency', ms: 50 });

    let first: Promise<void> | undefined;
    let second: Promise<void> | undefined;
    act(() => {
      first = result.current.deleteDocumentAsync(target);
      second = result.current.deleteDocumentAsync(target);
    });
    expect(second).toBe(first);
    await act(() => first);

    expect(requestsTo(api, 'delete')).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(fakeIds(api)).not.toContain(target);
  });

  it('rejects deleteDocumentAsync with the DocumentsError and keeps it in the state until reset', async () => {
    const { result } = renderDocumentsHook(() => useDeleteDocument());
    api.inject('delete', { type: 'status', status: 403 });

    await act(() => expect(result.current.deleteDocumentAsync('999')).rejects.toMatchObject({ name: 'DocumentsError', code: 'FORBIDDEN' }));
    expect(result.current).toMatchObject({ status: 'error', variables: '999', error: { code: 'FORBIDDEN' } });

    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', error: null, variables: undefined });
  });
});
