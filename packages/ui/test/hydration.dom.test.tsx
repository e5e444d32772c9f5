import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { DocumentManager } from '../src/index.js';

// No request is answered: the page stays as rendered, loading.
const offline = () => new Promise<Response>(() => {});
const page = (
  <DocumentsProvider client={createDocumentsClient({ baseUrl: 'http://portal.test', getAccessToken: () => 't', fetch: offline })}>
    <DocumentManager types={[{ id: 1, label: 'Passport' }]} />
  </DocumentsProvider>
);

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it("hydrates the server's HTML without a mismatch, then puts the live region at the end of <body>", async () => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(page);
  document.body.append(container);
  const errors = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, page, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  expect(screen.getByRole('status').parentElement).toBe(document.body);
  expect(container.querySelector('[role="status"]')).toBeNull();
});
