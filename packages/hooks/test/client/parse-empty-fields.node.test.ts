import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentsClient, type DocumentsClient } from '../../src/client/index.js';
import { startCustomServer } from './documents-fixture.js';

let server: { url: string; close(): Promise<void> } | undefined;
afterEach(() => server?.close());

/** A client of a loopback server that answers every request with `body` and `status`. */
async function clientAnswering(body: unknown, status = 200): Promise<DocumentsClient> {
  server = await startCustomServer(async () => Response.json(body, { status }));
  return createDocumentsClient({ baseUrl: server.url, getAccessToken: () => 't', retry: false });
}

// An empty string is no value: the next wire name that has one is read instead, as if the field were absent.
describe('empty strings on the wire', () => {
  it('fall through to the next field name', async () => {
    const client = await clientAnswering({ id: 4, fileName: '', name: 'scan.pdf', createTime: '', createdAt: '2024-01-01T00:00:00Z' });

    await expect(client.get('4')).resolves.toMatchObject({ fileName: 'scan.pdf', createTime: '2024-01-01T00:00:00Z' });
  });

  it('an empty id is no document', async () => {
    const client = await clientAnswering({ id: '', status: 'approved' });

    await expect(client.get('1')).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('an empty server message is not quoted; the next one is', async () => {
    const client = await clientAnswering({ message: '', error: { message: 'Type is disabled.' } }, 422);

    await expect(client.list()).rejects.toMatchObject({ code: 'VALIDATION', serverMessage: 'Type is disabled.' });
  });
});
