import { createFakeDocumentsApi, type FakeDocumentsApi, type FakeDocumentsApiOptions, type FetchHandler } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { createDocumentsClient, type DocumentsClient, type DocumentsClientOptions } from '../../src/client/index.js';

/** The fake documents API on a real loopback server, plus a client factory with fast retries. */
export interface DocumentsFixture {
  api: FakeDocumentsApi;
  url: string;
  client(options?: Partial<DocumentsClientOptions>): DocumentsClient;
  close(): Promise<void>;
}

/** Starts the fake (empty account unless `seed` is given) on loopback HTTP. */
export async function startDocumentsFixture(options: FakeDocumentsApiOptions = {}): Promise<DocumentsFixture> {
  const api = createFakeDocumentsApi({ seed: false, ...options });
  const server = await startFakeServer(api.handler);
  return {
    api,
    url: server.url,
    client: (overrides = {}) =>
      createDocumentsClient({
        baseUrl: server.url,
        getAccessToken: () => 'test-token',
        retry: { baseDelayMs: 5, maxDelayMs: 50 },
        ...overrides,
      }),
    close: server.close,
  };
}

/** Serves an arbitrary fetch handler on loopback HTTP, for wire shapes the fake does not produce. */
export async function startCustomServer(handler: FetchHandler): Promise<{ url: string; close(): Promise<void> }> {
  return startFakeServer(handler);
}

/** Requests the fake saw on a route. */
export function requestsTo(api: FakeDocumentsApi, route: string) {
  return api.requests.filter((request) => request.route === route);
}
