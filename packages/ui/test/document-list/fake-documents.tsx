import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createFakeDocumentsApi, type FakeDocumentsApi, type FakeDocumentsApiOptions } from '@iddocs/testing';
import { createDocumentsHandlers } from '@iddocs/testing/msw';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

const BASE_URL = 'http://api.test';

/** Routes a fresh fake documents API through MSW for the file's tests; reset after each test. */
export function setupFakeDocuments(options: FakeDocumentsApiOptions = {}): FakeDocumentsApi {
  const api = createFakeDocumentsApi(options);
  const server = setupServer(...createDocumentsHandlers(api, { baseUrl: BASE_URL }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => api.reset());
  afterAll(() => server.close());
  return api;
}

/** Renders `ui` under a `DocumentsProvider` whose real client talks to the fake (no retries, so faults show at once). */
export function renderWithDocuments(ui: ReactNode) {
  const client = createDocumentsClient({ baseUrl: BASE_URL, getAccessToken: () => 'test-token', retry: false });
  return render(ui, { wrapper: ({ children }) => <DocumentsProvider client={client}>{children}</DocumentsProvider> });
}

/**
 * axe over the whole page (dialogs live in a portal). jsdom has no layout, so contrast is left to the browser tests;
 * `region` (content inside landmarks) is the host page's job, not a widget's.
 */
export async function expectAccessible(): Promise<void> {
  const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' ')}`)).toEqual([]);
}
