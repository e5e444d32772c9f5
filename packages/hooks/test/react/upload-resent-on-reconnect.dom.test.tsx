import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUploadDocument, type UseUploadDocumentOptions } from '../../src/react/use-upload-document.js';
import { requestsTo, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { jpegFile, renderDocumentsHook } from './render-with-documents.js';

const api = setupFakeDocumentsServer();

/** Uploads one file whose first attempt fails as `fault` makes it, and waits for that failure. */
async function failOnce(route: 'upload' | 'create', fault: Parameters<typeof api.inject>[1], options: UseUploadDocumentOptions = {}) {
  api.inject(route, fault);
  const rendered = renderDocumentsHook(() => useUploadDocument(options));
  act(() => void rendered.result.current.upload(jpegFile('passport.jpg'), { typeId: 1 }));
  await waitFor(() => expect(rendered.result.current.status).toBe('error'));
  return rendered;
}

const backOnline = () => act(() => void window.dispatchEvent(new Event('online')));
// Nothing is supposed to happen: give a resend every chance to start before looking.
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('useUploadDocument when the browser is back online', () => {
  it('sends a file that failed for want of a connection again, by itself, and makes one document of it', async () => {
    const count = api.documents().length;
    const { result } = await failOnce('upload', { type: 'drop' });
    expect(result.current.uploads[0]?.error?.code).toBe('NETWORK');
    backOnline();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.uploads[0]?.document).toMatchObject({ fileName: 'passport.jpg' });
    expect(requestsTo(api, 'upload')).toHaveLength(2);
    expect(api.documents()).toHaveLength(count + 1);
  });

  it('sends a file whose create got no answer in time (TIMEOUT) again, from the file already stored', async () => {
    const { result } = await failOnce('create', { type: 'status', status: 408 });
    expect(result.current.uploads[0]?.error?.code).toBe('TIMEOUT');
    backOnline();
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(requestsTo(api, 'upload')).toHaveLength(1);
    expect(requestsTo(api, 'create')).toHaveLength(2);
  });

  it('leaves other failures to the person: a server error is not sent again', async () => {
    const { result } = await failOnce('create', { type: 'status', status: 500 });
    backOnline();
    await settle();
    expect(result.current.uploads[0]).toMatchObject({ status: 'error', error: { code: 'SERVER' } });
    expect(requestsTo(api, 'upload')).toHaveLength(1);
  });

  it('sends nothing again with retryOnReconnect: false, or once it is unmounted', async () => {
    const { result } = await failOnce('upload', { type: 'drop' }, { retryOnReconnect: false });
    backOnline();
    await settle();
    expect(result.current.uploads[0]?.error?.code).toBe('NETWORK');

    const other = await failOnce('upload', { type: 'drop' });
    other.unmount();
    backOnline();
    await settle();
    expect(requestsTo(api, 'upload')).toHaveLength(2);
  });
});
