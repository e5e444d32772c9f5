import { createFakeDocumentsApi, type FakeDocumentsApi, type FakeDocumentsApiOptions, type RecordedRequest } from '@iddocs/testing';
import { createDocumentsHandlers } from '@iddocs/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDocumentsClient, type DocumentsClient, type DocumentsClientOptions } from '../../src/client/index.js';

/** Origin the test clients call; MSW routes it into the fake. */
export const BASE_URL = 'http://api.test';

/** Starts MSW over a fresh fake for the file's tests; the fake is reset after each test. */
export function setupFakeDocumentsServer(options: FakeDocumentsApiOptions = {}): FakeDocumentsApi {
  const api = createFakeDocumentsApi(options);
  const server = setupServer(...createDocumentsHandlers(api, { baseUrl: BASE_URL }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => api.reset());
  afterAll(() => server.close());
  return api;
}

/** A real client against the fake, without retries so faults surface at once. */
export function createTestClient(overrides: Partial<DocumentsClientOptions> = {}): DocumentsClient {
  return createDocumentsClient({ baseUrl: BASE_URL, getAccessToken: () => 'test-token', retry: false, ...overrides });
}

/** Requests the fake saw on one route. */
export function requestsTo(api: FakeDocumentsApi, route: RecordedRequest['route']): RecordedRequest[] {
  return api.requests.filter((request) => request.route === route);
}

/** Ids of the fake's documents in list order, as the client reports them (strings). */
export function fakeIds(api: FakeDocumentsApi): string[] {
  return api.documents().map((document) => String(document.id));
}
