// Options are typed `?: X | undefined`, so that a host can write `allowedOrigins: env.ORIGINS ? [...] : undefined` under
// `exactOptionalPropertyTypes`: an explicit `undefined` must then mean the default, as a missing option does.
import { expect, it } from 'vitest';
import { createErasureHandler, createIdenfyClient, createMewsClient } from '../../src/index.js';
import { post, SECRETS, seedDocuments, serve, startStack } from './stack.js';

it('given the handler’s optional options undefined, it should erase as with none, and answer no CORS', async () => {
  const documents = seedDocuments(2);
  const { app, fakeMews } = await startStack({
    documents,
    handler: { basePath: undefined, allowedOrigins: undefined, allowedHeaders: undefined, maxBodyBytes: undefined, maxIds: undefined, deadlineMs: undefined, onAudit: undefined, onError: undefined },
  });
  const response = await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [documents[0]!.Id] });
  const preflight = await fetch(`${app.url}/api/erasure/mews/identity-documents/delete`, { method: 'OPTIONS', headers: { origin: 'https://portal.test' } });

  expect(response.status).toBe(200);
  expect(fakeMews.identityDocuments()).toHaveLength(1);
  expect(preflight.status).toBe(405);
});

it('given the clients’ optional options undefined, they should use their defaults: retries, rate limits, body format', async () => {
  const { fakeMews, fakeIdenfy, mewsServer, idenfyServer } = await startStack();
  const mews = createMewsClient({
    platformAddress: mewsServer.url,
    clientToken: SECRETS.mewsClientToken,
    accessToken: SECRETS.mewsAccessToken,
    client: 'iddocs tests 1.0.0',
    chainId: undefined,
    fetch: undefined,
    timeout: undefined,
    rateLimit: undefined,
    retry: { limit: undefined, baseDelayMs: 1, maxDelayMs: undefined },
  });
  const idenfy = createIdenfyClient({ apiKey: SECRETS.idenfyKey, apiSecret: SECRETS.idenfySecret, baseUrl: idenfyServer.url, format: undefined, concurrency: undefined, fetch: undefined, timeout: undefined, retry: undefined });
  fakeMews.inject('*', { type: 'status', status: 503 }); // the default 4 retries get past one failure
  const app = await serve(createErasureHandler({ mews, idenfy, authorize: () => true }));

  const [first] = fakeMews.identityDocuments();
  expect(await (await post(app.url, '/mews/identity-documents/delete', { identityDocumentIds: [first!.Id] })).json()).toMatchObject({ deleted: [first!.Id] });
  expect(await (await post(app.url, '/idenfy/verifications/delete', { scanRefs: ['scan-1'] })).json()).toMatchObject({ deleted: ['scan-1'] });
  expect(fakeIdenfy.verifications()['scan-1']).toBe('deleted');
});
