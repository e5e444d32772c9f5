import { inject } from 'vitest';

// `inject('documentsApiUrl')` is typed by the ProvidedContext augmentation in /vitest.browser-setup.ts.
/** Origin of the fake documents API started by the browser project's global setup. */
export function documentsApiUrl(): string {
  return inject('documentsApiUrl');
}

/** Calls the fake's control API (`POST reset`, `POST faults`, …). */
export async function controlFake(path: 'reset' | 'faults', body?: unknown): Promise<void> {
  const response = await fetch(`${documentsApiUrl()}/__fake/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`The fake's control API answered ${response.status} to POST ${path}: ${await response.text()}`);
}

/** Routes of the requests the fake has seen so far. */
export async function seenRoutes(): Promise<string[]> {
  const response = await fetch(`${documentsApiUrl()}/__fake/requests`);
  return ((await response.json()) as { route: string }[]).map((request) => request.route);
}
