import { createDocumentsClient, DocumentsProvider } from '@iddocs/hooks';
import { createJpegBytes, type DocumentsRoute, type Fault, type RecordedRequest } from '@iddocs/testing';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/styles.css';

/** The fake documents API the browser project's global setup serves over real HTTP. */
export const apiUrl = inject('documentsApiUrl');

async function control(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${apiUrl}/__fake/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, ...init });
  expect(response.ok).toBe(true);
  return response;
}

/** Restores the seeded documents and clears faults. */
export const resetFake = () => control('reset');

/** Makes the next `times` requests to `route` misbehave. */
export const injectFault = (route: DocumentsRoute, fault: Fault, times = 1) => control('faults', { body: JSON.stringify({ route, fault, times }) });

/** Requests the fake has seen since the last reset. */
export const fakeRequests = async (): Promise<RecordedRequest[]> => (await control('requests', { method: 'GET' })).json() as Promise<RecordedRequest[]>;

/** Renders `ui` under a `DocumentsProvider` with a real client of the fake (token `test-token`, no retries). */
export function renderWithDocuments(ui: ReactNode) {
  const client = createDocumentsClient({ baseUrl: apiUrl, getAccessToken: () => 'test-token', retry: false });
  return render(ui, { wrapper: ({ children }) => <DocumentsProvider client={client}>{children}</DocumentsProvider> });
}

/** axe over the page with real layout, so colour contrast counts; landmarks are the host page's job. */
export async function expectAccessible(): Promise<void> {
  const { violations } = await axe.run(document.body, { rules: { region: { enabled: false } } });
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' ')}`)).toEqual([]);
}

/** Saves a screenshot for a person to look at, in the git-ignored `.vitest-attachments/ui/` at the repository root. */
export async function screenshot(name: string): Promise<void> {
  // Relative to the test file, and every test file here sits in packages/ui/test/<widget>/.
  await page.screenshot({ path: `../../../../.vitest-attachments/ui/${name}.png` });
}

/** A real JPEG, padded past the client's 1 KiB minimum (upload it with `prepare={false}`: preparation would trim it). */
export function paddedPhoto(name: string): File {
  const bytes = new Uint8Array(16 * 1024);
  bytes.set(createJpegBytes({ width: 32, height: 20 }));
  return new File([bytes], name, { type: 'image/jpeg' });
}

/**
 * Puts a host page's stylesheet `css` first in `<head>` (loading before ours) for each test of the calling file, and
 * takes it out after: registers the hooks, so call it at the file's top level.
 */
export function withHostStylesheet(css: string): void {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = css;
    document.head.prepend(style);
  });
  afterEach(() => style.remove());
}
