import { beforeEach, describe, expect, it } from 'vitest';
import { createDocumentsClient } from '../../src/client/index.js';
import { controlFake, documentsApiUrl, seenRoutes } from './documents-api-url.js';

const listedIds = async () => {
  const response = await fetch(`${documentsApiUrl()}/api/v2/my/documents?limit=100`, { headers: { Authorization: 'Bearer test-token' } });
  return ((await response.json()) as { id: number }[]).map(({ id }) => String(id));
};

beforeEach(() => controlFake('reset'));

// Chromium resends a request on a kept-alive connection that closes before any answer. A DELETE the server applied
// before the connection dropped is then answered 404, and the page never learns of its first try.
describe('a delete that Chromium resends after the server applied it and dropped the connection', () => {
  it('resolves: the document is gone, as asked', async () => {
    const client = createDocumentsClient({ baseUrl: documentsApiUrl(), getAccessToken: () => 'test-token', retry: false });
    const [id] = await listedIds();
    // A request first, so that the delete goes over a kept-alive connection, as on a page that listed the documents.
    await client.list();
    await controlFake('faults', { route: 'delete', fault: { type: 'drop', when: 'after' } });

    await expect(client.delete(id!)).resolves.toBeUndefined();

    // The fake saw two deletes where the client, without retries, sent one: the browser's resend happened.
    expect((await seenRoutes()).filter((route) => route === 'delete')).toHaveLength(2);
    expect(await listedIds()).not.toContain(id);
  });
});
