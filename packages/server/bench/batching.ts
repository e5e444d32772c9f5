import { randomUUID } from 'node:crypto';
import { createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { createErasureHandler, createMewsClient, type ErasureReport } from '../src/index.js';

/** How 1,000 ids went through the handler. */
export interface BatchingResult {
  ids: number;
  upstreamRequests: number;
  deleted: number;
}

/** Erases `count` seeded Mews identity documents in one handler request and counts the fake's requests. */
export async function measureBatching(count: number): Promise<BatchingResult> {
  const documents = Array.from({ length: count }, (_, index) => ({
    Id: randomUUID(),
    CustomerId: randomUUID(),
    Type: 'IdentityCard' as const,
    Number: `ID${index}`,
    ExpirationDate: null,
    IssuingCountryCode: null,
  }));
  const fake = createFakeMews({ documents });
  const server = await startFakeServer(fake.handler);
  try {
    const mews = createMewsClient({ platformAddress: server.url, clientToken: DEFAULT_MEWS_CLIENT_TOKEN, accessToken: DEFAULT_MEWS_ACCESS_TOKEN, client: 'iddocs bench 1.0.0' });
    const handler = createErasureHandler({ mews, authorize: () => true });
    const response = await handler(
      new Request('http://app.local/api/erasure/mews/identity-documents/delete', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identityDocumentIds: documents.map((doc) => doc.Id) }),
      }),
    );
    const report = (await response.json()) as ErasureReport;
    return { ids: count, upstreamRequests: fake.requests.length, deleted: report.deleted.length };
  } finally {
    await server.close();
  }
}
