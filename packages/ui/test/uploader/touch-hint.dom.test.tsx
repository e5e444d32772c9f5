import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { act, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/i18n/ar/index.js';
import { renderUploader, setupFake, Uploader } from './uploader-fixtures.js';

setupFake();

const DESKTOP = /^Drag and drop or paste a photo or PDF here, up to [\d.]+ MB per file\.$/;
const TOUCH = /^Choose a photo or PDF, up to [\d.]+ MB per file\.$/;

/**
 * Stands in for the browser's `matchMedia` (jsdom has none): `(pointer: coarse)` matches while `coarse` is set, and
 * `set` changes it and tells the listeners, as a tablet does when a mouse is plugged in.
 */
function fakePointer(coarse: boolean) {
  const listeners = new Set<() => void>();
  const pointer = {
    coarse,
    listeners,
    set(next: boolean) {
      pointer.coarse = next;
      for (const listener of listeners) listener();
    },
  };
  vi.stubGlobal('matchMedia', (media: string) => ({
    media,
    matches: media === '(pointer: coarse)' && pointer.coarse,
    addEventListener: (_: 'change', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'change', listener: () => void) => listeners.delete(listener),
  }));
  return pointer;
}

const hint = () => document.querySelector('[data-part="hint"]');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DocumentUploader hint on a touch screen', () => {
  it('given a coarse pointer, it should say what the buttons do, not drag and drop or paste, seen and heard once', () => {
    fakePointer(true);
    renderUploader();
    expect(hint()).toHaveTextContent(TOUCH);
    expect(screen.queryByText(DESKTOP)).toBeNull();
    const slot = screen.getByRole('group', { name: 'Passport' });
    expect(within(slot).getByRole('button', { name: 'Choose file' })).toHaveAccessibleDescription(/^Passport Choose a photo or PDF, up to [\d.]+ MB per file\.$/);
  });

  it('given a fine pointer, or none known, it should keep drag and drop', () => {
    fakePointer(false);
    renderUploader();
    expect(hint()).toHaveTextContent(DESKTOP);
  });

  it('should follow the device: a tablet given a mouse says drag and drop, and a touch hint again without it', () => {
    const pointer = fakePointer(true);
    const { unmount } = renderUploader();
    act(() => pointer.set(false));
    expect(hint()).toHaveTextContent(DESKTOP);
    act(() => pointer.set(true));
    expect(hint()).toHaveTextContent(TOUCH);
    unmount();
    expect(pointer.listeners.size).toBe(0);
  });

  it('should say it in Arabic', () => {
    fakePointer(true);
    renderUploader({ locale: 'ar', messages: ar });
    expect(hint()).toHaveTextContent(/^اختر صورة أو ملف PDF، بحد أقصى .+ لكل ملف\.$/);
  });

  it('should render the drag-and-drop hint on the server, hydrate without a mismatch, then switch on a touch screen', async () => {
    fakePointer(true);
    // No request is answered: nothing but the hint changes.
    const client = createDocumentsClient({ baseUrl: 'http://api.test', getAccessToken: () => 't', fetch: () => new Promise<Response>(() => {}) });
    const page = (
      <DocumentsProvider client={client}>
        <Uploader />
      </DocumentsProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    expect(hint()).toHaveTextContent(DESKTOP);
    const recoverable: unknown[] = [];
    const errors = vi.spyOn(console, 'error');
    const root = await act(async () => hydrateRoot(container, page, { onRecoverableError: (error) => recoverable.push(error) }));
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(hint()).toHaveTextContent(TOUCH);
    act(() => root.unmount());
    container.remove();
  });
});
