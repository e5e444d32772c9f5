import { randomUUID } from 'node:crypto';
import { createFakeMews, DEFAULT_MEWS_ACCESS_TOKEN, DEFAULT_MEWS_CLIENT_TOKEN } from '@iddocs/testing';
import { startFakeServer } from '@iddocs/testing/node';
import { createErasureHandler, createMewsClient, type ErasureReport } from '../src/index.js';

/** A burst of `clear` calls against the fake's real 200-per-30 s limit. */
export interface BurstResult {
  limiter: 'on' | 'off';
  customerIds: number;
  upstreamRequests: number;
  upstream429: number;
  cleared: number;
  failed: number;
  seconds: number;
}

/**
 * Sends `handlerCalls` concurrent clear requests of `idsPerCall` customer ids through one handler (10 per
 * upstream request, so 3,000 ids = 300 upstream requests > 200 per 30 s), with the client's limiter on or off.
 */
export async function measureBurst(limiter: 'on' | 'off', handlerCalls: number, idsPerCall: number): Promise<BurstResult> {
  const fake = createFakeMews();
  const server = await startFakeServer(fake.handler);
  const started = performance.now();
  try {
    const mews = createMewsClient({
      platformAddress: server.url,
      clientToken: DEFAULT_MEWS_CLIENT_TOKEN,
      accessToken: DEFAULT_MEWS_ACCESS_TOKEN,
      client: 'iddocs bench 1.0.0',
      ...(limiter === 'off' ? { rateLimit: false as const } : {}),
    });
    const handler = createErasureHandler({ mews, authorize: () => true });
    const calls = Array.from({ length: handlerCalls }, async () => {
      const customerIds = Array.from({ length: idsPerCall }, () => randomUUID());
      const response = await handler(
        new Request('http://app.local/api/erasure/mews/identity-documents/clear', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ customerIds }),
        }),
      );
      const body = (await response.json()) as ErasureReport | { error: { report?: ErasureReport } };
      return 'error' in body ? body.error.report : body;
    });
    const reports = await Promise.all(calls);
    return {
      limiter,
      customerIds: handlerCalls * idsPerCall,
      upstreamRequests: fake.requests.length,
      upstream429: fake.requests.filter((request) => request.status === 429).length,
      cleared: reports.reduce((sum, report) => sum + (report?.deleted.length ?? 0), 0),
      failed: reports.reduce((sum, report) => sum + (report?.failed.length ?? 0), 0),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await server.close();
  }
}
