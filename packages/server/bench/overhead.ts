import { randomUUID } from 'node:crypto';
import { createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN, type FakeIdentityDocument } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { createErasureHandler, createMewsClient } from '../src/index.js';
import { percentiles, timeSequential, type Percentiles } from './measure.js';

/** Latencies of the same erasure taken three ways. */
export interface OverheadResult {
  count: number;
  /** fetch → fake Mews on loopback (the baseline: the upstream call alone). */
  direct: Percentiles;
  /** handler called in-process → real client → fake Mews on loopback (what the handler adds). */
  inProcess: Percentiles;
  /** fetch → handler on loopback → real client → fake Mews on loopback (two HTTP hops). */
  overHttp: Percentiles;
}

const documents = (count: number): FakeIdentityDocument[] =>
  Array.from({ length: count }, (_, index) => ({
    Id: randomUUID(),
    CustomerId: randomUUID(),
    Type: 'Passport',
    Number: `P${index}`,
    ExpirationDate: null,
    IssuingCountryCode: null,
  }));

/** Measures `count` sequential one-id deletions each way (rate limits off: this is about latency). */
export async function measureOverhead(count: number, warmup: number): Promise<OverheadResult> {
  const seeded = documents(3 * (count + warmup));
  const fake = createFakeMews({ documents: seeded, rateLimit: { limit: 1e9 } });
  const fakeServer = await startFakeServer(fake.handler);
  const mews = createMewsClient({
    platformAddress: fakeServer.url,
    clientToken: DEFAULT_MEWS_CLIENT_TOKEN,
    accessToken: DEFAULT_MEWS_ACCESS_TOKEN,
    client: 'iddocs bench 1.0.0',
    rateLimit: false,
  });
  const handler = createErasureHandler({ mews, authorize: () => true });
  const app = await startFakeServer(handler);
  let next = 0;
  const takeId = () => seeded[next++]?.Id ?? '';
  const json = { 'content-type': 'application/json' };
  const viaHandlerBody = () => JSON.stringify({ identityDocumentIds: [takeId()] });
  const direct = async () => {
    const body = { ClientToken: DEFAULT_MEWS_CLIENT_TOKEN, AccessToken: DEFAULT_MEWS_ACCESS_TOKEN, Client: 'iddocs bench 1.0.0', IdentityDocumentIds: [takeId()] };
    const response = await fetch(`${fakeServer.url}/api/connector/v1/identityDocuments/delete`, { method: 'POST', headers: json, body: JSON.stringify(body) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`direct: ${response.status}`);
  };
  const inProcess = async () => {
    const response = await handler(new Request('http://app.local/api/erasure/mews/identity-documents/delete', { method: 'POST', headers: json, body: viaHandlerBody() }));
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`in-process: ${response.status}`);
  };
  const overHttp = async () => {
    const response = await fetch(`${app.url}/api/erasure/mews/identity-documents/delete`, { method: 'POST', headers: json, body: viaHandlerBody() });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`over HTTP: ${response.status}`);
  };
  try {
    // Interleaved rounds so that drift (GC, CPU frequency, neighbours) hits every variant alike.
    const samples = { direct: [] as number[], inProcess: [] as number[], overHttp: [] as number[] };
    for (const task of [direct, inProcess, overHttp]) await timeSequential(warmup, task);
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      samples.direct.push(...(await timeSequential(count / rounds, direct)));
      samples.inProcess.push(...(await timeSequential(count / rounds, inProcess)));
      samples.overHttp.push(...(await timeSequential(count / rounds, overHttp)));
    }
    return { count, direct: percentiles(samples.direct), inProcess: percentiles(samples.inProcess), overHttp: percentiles(samples.overHttp) };
  } finally {
    await Promise.all([app.close(), fakeServer.close()]);
  }
}
