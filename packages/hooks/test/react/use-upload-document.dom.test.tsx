import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UploadFunction } from '../../src/client/client-types.js';
import type { DocumentsError } from '../../src/client/documents-error.js';
import { useDocuments } from '../../src/react/use-documents.js';
import { useUploadDocument } from '../../src/react/use-upload-document.js';
import { requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { nodeFetchUpload } from './node-fetch-upload.js';
import { jpegFile, renderDocumentsHook } from './render-with-documents.js';

const api = setupFakeDocumentsServer();
afterEach(() => vi.restoreAllMocks());

describe('useUploadDocument', () => {
  it('reports whole-percent progress, creates the document and refetches the list', async () => {
    const percents: number[] = [];
    let renders = 0;
    const { result } = renderDocumentsHook(() => {
      renders += 1;
      return { list: useDocuments(), uploader: useUploadDocument({ onProgress: ({ percent }) => percents.push(percent) }) };
    });
    await waitFor(() => expect(result.current.list.status).toBe('success'));
    api.inject('upload', { type: 'throttle', bytesPerSecond: 256 * 1024 });
    const rendersBefore = renders;

    let id = '';
    act(() => {
      id = result.current.uploader.upload(jpegFile('scan.jpg', 64 * 1024), { typeId: 1 });
    });
    expect(result.current.uploader.uploads).toMatchObject([{ id, status: 'pending' }]);
    await waitFor(() => expect(result.current.uploader.status).toBe('success'));

    expect(percents.at(-1)).toBe(100);
    expect(percents).toEqual([...new Set(percents)].toSorted((a, b) => a - b));
    expect(percents.length).toBeGreaterThan(2);
    expect(renders - rendersBefore).toBeLessThanOrEqual(percents.length + 6);
    const created = result.current.uploader.uploads[0]?.document;
    expect(created).toMatchObject({ fileName: 'scan.jpg', typeId: 1 });
    await waitFor(() => expect(result.current.list.documents?.map((document) => document.id)).toContain(created?.id));
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });

  it('reports a failed upload as an error: uploadAsync rejects, upload does not, onError is called', async () => {
    const onError = vi.fn<(error: DocumentsError) => void>();
    const { result } = renderDocumentsHook(() => useUploadDocument({ onError }));
    const count = api.documents().length;
    api.inject('create', { type: 'status', status: 500 }, { times: 2 });

    await act(() => expect(result.current.uploadAsync(jpegFile(), { typeId: 1 })).rejects.toMatchObject({ name: 'DocumentsError', code: 'SERVER' }));
    act(() => void result.current.upload(jpegFile(), { typeId: 1 }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));

    expect(result.current.status).toBe('error');
    expect(result.current.uploads.map((upload) => upload.status)).toEqual(['error', 'error']);
    expect(result.current.uploads[0]?.error?.code).toBe('SERVER');
    expect(api.documents()).toHaveLength(count);
  });

  it('cancels an upload in flight as ABORTED without creating a document, and retries it', async () => {
    const onError = vi.fn<(error: DocumentsError) => void>();
    const { result } = renderDocumentsHook(() => useUploadDocument({ onError }));
    const count = api.documents().length;
    api.inject('upload', { type: 'throttle', bytesPerSecond: 4 * 1024 });

    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.uploadAsync(jpegFile(), { typeId: 1 });
    });
    await waitFor(() => expect(requestsTo(api, 'upload')).toHaveLength(1));
    const id = result.current.uploads[0]?.id ?? '';
    act(() => result.current.cancel(id));

    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(result.current.uploads[0]).toMatchObject({ status: 'error', error: { code: 'ABORTED' } });
    expect(result.current.status).toBe('error');
    expect(onError).not.toHaveBeenCalled();

    act(() => result.current.retry(id));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(requestsTo(api, 'create')).toHaveLength(1);
    expect(api.documents()).toHaveLength(count + 1);
  });

  it('refetches the list when cancelled while create is in flight, so a document the server made anyway shows', async () => {
    const { result } = renderDocumentsHook(() => ({ list: useDocuments(), uploader: useUploadDocument() }));
    await waitFor(() => expect(result.current.list.status).toBe('success'));
    const count = api.documents().length;
    api.inject('create', { type: 'latency', ms: 300, when: 'after' });

    let id = '';
    act(() => {
      id = result.current.uploader.upload(jpegFile('late.jpg'), { typeId: 1 });
    });
    await waitFor(() => expect(api.documents()).toHaveLength(count + 1));
    act(() => result.current.uploader.cancel(id));

    expect(result.current.uploader.uploads[0]).toMatchObject({ status: 'error', error: { code: 'ABORTED' } });
    await waitFor(() => expect(result.current.list.documents?.map((document) => document.fileName)).toContain('late.jpg'));
    expect(requestsTo(api, 'list')).toHaveLength(2);
  });

  it('retries a failed create from the stored file, without sending its bytes again', async () => {
    const percents: number[] = [];
    const { result } = renderDocumentsHook(() => useUploadDocument({ onProgress: ({ percent }) => percents.push(percent) }));
    const count = api.documents().length;
    api.inject('create', { type: 'status', status: 500 });

    let id = '';
    act(() => {
      id = result.current.upload(jpegFile('scan.jpg'), { typeId: 1 });
    });
    await waitFor(() => expect(result.current.uploads[0]).toMatchObject({ status: 'error', error: { code: 'SERVER' } }));
    percents.length = 0;
    act(() => result.current.retry(id));
    await waitFor(() => expect(result.current.status).toBe('success'));

    expect(requestsTo(api, 'upload')).toHaveLength(1);
    expect(api.documents()).toHaveLength(count + 1);
    expect(result.current.uploads[0]?.document).toMatchObject({ fileName: 'scan.jpg' });
    // The bytes are already there: the retry shows them all sent.
    expect(percents).toEqual([100]);
  });

  it('sends the file again on retry when create refused its stored path', async () => {
    const { result } = renderDocumentsHook(() => useUploadDocument());
    api.inject('create', { type: 'status', status: 400 });

    let id = '';
    act(() => {
      id = result.current.upload(jpegFile('scan.jpg'), { typeId: 1 });
    });
    await waitFor(() => expect(result.current.uploads[0]).toMatchObject({ status: 'error', error: { code: 'VALIDATION' } }));
    act(() => result.current.retry(id));
    await waitFor(() => expect(result.current.status).toBe('success'));

    expect(requestsTo(api, 'upload')).toHaveLength(2);
    expect(requestsTo(api, 'create')).toHaveLength(2);
  });

  it('sends at most `concurrency` files at once and queues the rest', async () => {
    let sending = 0;
    let maxSending = 0;
    const countingUpload: UploadFunction = async (file, options) => {
      sending += 1;
      maxSending = Math.max(maxSending, sending);
      try {
        return await nodeFetchUpload(file, options);
      } finally {
        sending -= 1;
      }
    };
    const { result } = renderDocumentsHook(() => useUploadDocument({ concurrency: 2 }), { upload: countingUpload });
    api.inject('upload', { type: 'latency', ms: 100 }, { times: 4 });

    act(() => {
      for (const name of ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']) result.current.upload(jpegFile(name), { typeId: 1 });
    });
    expect(result.current.uploads.map((upload) => upload.status)).toEqual(['pending', 'pending', 'queued', 'queued']);
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 3000 });

    expect(maxSending).toBe(2);
    expect(result.current.uploads.map((upload) => upload.status)).toEqual(['success', 'success', 'success', 'success']);
    expect(requestsTo(api, 'create')).toHaveLength(4);
  });

  it('aborts uploads on unmount without updating state afterwards', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const { result, unmount } = renderDocumentsHook(() => useUploadDocument());
    api.inject('upload', { type: 'throttle', bytesPerSecond: 32 * 1024 });

    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.uploadAsync(jpegFile(), { typeId: 1 });
    });
    await waitFor(() => expect(requestsTo(api, 'upload')).toHaveLength(1));
    unmount();

    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    // The throttled upload would have finished within ~250 ms.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(requestsTo(api, 'create')).toHaveLength(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('uploads under StrictMode', async () => {
    const { result } = renderDocumentsHook(() => useUploadDocument(), { strict: true });
    let created: unknown;
    await act(async () => {
      created = await result.current.uploadAsync(jpegFile('strict.jpg'), { typeId: 2 });
    });
    expect(created).toMatchObject({ fileName: 'strict.jpg' });
    expect(result.current).toMatchObject({ status: 'success', uploads: [{ status: 'success' }] });
    expect(requestsTo(api, 'upload')).toHaveLength(1);
  });

  it('forgets uploads with remove and reset', async () => {
    const { result } = renderDocumentsHook(() => useUploadDocument());
    await act(() => result.current.uploadAsync(jpegFile('one.jpg'), { typeId: 1 }));
    await act(() => result.current.uploadAsync(jpegFile('two.jpg'), { typeId: 1 }));
    expect(result.current.uploads).toHaveLength(2);

    act(() => result.current.remove(result.current.uploads[0]?.id ?? ''));
    expect(result.current.uploads.map((upload) => upload.document?.fileName)).toEqual(['two.jpg']);
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', uploads: [], progress: { loaded: 0, total: 0, percent: 0 } });
  });

  it('throws a named error outside <DocumentsProvider>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useUploadDocument())).toThrow('useUploadDocument must be used within <DocumentsProvider>');
  });
});
