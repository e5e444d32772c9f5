import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDocument } from '../../src/react/use-document.js';
import { useDocumentsClient, useDocumentsStore } from '../../src/react/documents-provider.js';
import { fakeIds, requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { renderDocumentsHook } from './render-with-documents.js';

const api = setupFakeDocumentsServer();

describe('useDocument', () => {
  it('loads one document by id, once for two readers', async () => {
    const id = fakeIds(api)[0] ?? '';
    const { result } = renderDocumentsHook(() => ({ a: useDocument(id), b: useDocument(id) }));
    expect(result.current.a).toMatchObject({ status: 'pending', document: undefined });

    await waitFor(() => expect(result.current.a.status).toBe('success'));
    expect(result.current.a.document?.fileName).toBe(api.documents()[0]?.fileName);
    expect(result.current.b.document).toBe(result.current.a.document);
    expect(requestsTo(api, 'get')).toHaveLength(1);
  });

  it('reports a missing document as NOT_FOUND', async () => {
    const { result } = renderDocumentsHook(() => useDocument('4040'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('NOT_FOUND');
  });

  it('gives access to the provider client and store', () => {
    const { result, store } = renderDocumentsHook(() => ({ client: useDocumentsClient(), store: useDocumentsStore() }), {
      storeOptions: {},
    });
    expect(result.current.store).toBe(store);
    expect(result.current.client).toBe(store?.client);
  });

  it('throws named errors outside <DocumentsProvider>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useDocument('1'))).toThrow('useDocument must be used within <DocumentsProvider>');
    expect(() => renderHook(() => useDocumentsStore())).toThrow('useDocumentsStore must be used within <DocumentsProvider>');
    expect(() => renderHook(() => useDocumentsClient())).toThrow('useDocumentsClient must be used within <DocumentsProvider>');
    vi.restoreAllMocks();
  });
});
