import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDeleteDocument } from '../../src/react/use-delete-document.js';
import { fakeIds, setupFakeDocumentsServer } from '../cache/fake-documents-server.js';
import { renderDocumentsHook } from './render-with-documents.js';

const api = setupFakeDocumentsServer();

/** The `onSuccess` prop the hook is rendered with; the test swaps it between renders. */
const props: { onSuccess: (id: string) => void } = { onSuccess: () => {} };

function useDeletion() {
  return useDeleteDocument({ onSuccess: props.onSuccess });
}

describe('callbacks passed to the mutation hooks', () => {
  it('the one from the latest render is called, not the one from the first', async () => {
    const first = vi.fn<(id: string) => void>();
    const latest = vi.fn<(id: string) => void>();
    props.onSuccess = first;
    const { result, rerender } = renderDocumentsHook(useDeletion);
    props.onSuccess = latest;
    rerender();
    const target = fakeIds(api)[0] ?? '';

    act(() => result.current.deleteDocument(target));
    await waitFor(() => expect(result.current.status).toBe('success'));

    expect(latest).toHaveBeenCalledWith(target);
    expect(first).not.toHaveBeenCalled();
  });
});
