import { describe, expect, it } from 'vitest';
import { createDocumentsClient } from '../../src/client/create-documents-client.js';

const sent: string[] = [];
async function recordingFetch(input: RequestInfo | URL): Promise<Response> {
  sent.push(input instanceof Request ? input.url : String(input));
  return Response.json([]);
}

describe('a path as baseUrl in a browser page', () => {
  it('resolves against the page, as fetch does', async () => {
    const client = createDocumentsClient({ baseUrl: '/broker', getAccessToken: () => 't', fetch: recordingFetch });
    await client.list();
    expect(sent).toEqual([`${location.origin}/broker/api/v2/my/documents?limit=10&offset=0`]);
  });
});
