import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUploadDocument } from '../../src/react/use-upload-document.js';
import { setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { jpegFile, renderDocumentsHook } from './render-with-documents.js';

const api = setupFakeDocumentsServer();

/** The `concurrency` prop the hook is rendered with; the test raises it between renders. */
const props = { concurrency: 1 };

function useUploader() {
  return useUploadDocument({ concurrency: props.concurrency });
}

describe('useUploadDocument when `concurrency` grows', () => {
  it('starts queued files at once, without waiting for a sending one to finish', async () => {
    props.concurrency = 1;
    const { result, rerender } = renderDocumentsHook(useUploader);
    api.inject('upload', { type: 'throttle', bytesPerSecond: 8 * 1024 }, { times: 2 });
    act(() => {
      result.current.upload(jpegFile('a.jpg'), { typeId: 1 });
      result.current.upload(jpegFile('b.jpg'), { typeId: 1 });
    });
    expect(result.current.uploads.map((upload) => upload.status)).toEqual(['pending', 'queued']);

    props.concurrency = 2;
    rerender();

    expect(result.current.uploads.map((upload) => upload.status)).toEqual(['pending', 'pending']);
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 5000 });
  });
});
