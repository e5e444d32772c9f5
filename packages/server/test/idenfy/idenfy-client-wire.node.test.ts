import { describe, expect, it } from 'vitest';
import { createIdenfyClient } from '../../src/idenfy/index.js';
import { ENCODED, KEY, SECRET, expectNoSecrets, expectWellFormed, refs, seed, setup } from './support.js';

describe('iDenfy client: what goes on the wire', () => {
  it('should POST /api/v2/delete (as received by the server) with the exact Basic header and a {"scanRefs"} JSON body', async () => {
    const ids = refs('s', 2);
    const seen: Request[] = [];
    const { idenfy, client } = await setup({ verifications: seed(ids) }, {}, (handler) => async (request) => {
      seen.push(request.clone());
      return handler(request);
    });
    const report = await client.deleteVerifications(ids);
    expect(report).toEqual({ ok: true, deleted: ids, failed: [], notAttempted: [] });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v2/delete');
    expect(request?.headers.get('authorization')).toBe(`Basic ${ENCODED}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ scanRefs: ids });
    expect(idenfy.verifications()).toEqual({ 's-0': 'deleted', 's-1': 'deleted' });
  });

  it('should send 250 deletable ids as 3 requests of 100, 100 and 50, in order', async () => {
    const ids = refs('s', 250);
    const { client, bodies } = await setup({ verifications: seed(ids) });
    const report = await client.deleteVerifications(ids);
    expect(report.deleted).toEqual(ids);
    expect(bodies()).toEqual([{ scanRefs: ids.slice(0, 100) }, { scanRefs: ids.slice(100, 200) }, { scanRefs: ids.slice(200) }]);
  });

  it('should de-duplicate ids and refuse blank or non-string ones as INVALID_ID without sending them', async () => {
    const { client, bodies } = await setup({ verifications: seed(['a', 'b']) });
    const input = ['a', 'b', 'a', '', '   ', 42 as unknown as string];
    const report = await client.deleteVerifications(input);
    expect(report.deleted).toEqual(['a', 'b']);
    expect(report.failed.map(({ id, code, retryable }) => ({ id, code, retryable }))).toEqual([
      { id: '', code: 'INVALID_ID', retryable: false },
      { id: '   ', code: 'INVALID_ID', retryable: false },
      { id: '42', code: 'INVALID_ID', retryable: false },
    ]);
    expect(bodies()).toEqual([{ scanRefs: ['a', 'b'] }]);
    expectWellFormed(report, ['a', 'b', '', '   ', '42']);
  });

  it('should send nothing for an empty list', async () => {
    const { client, bodies } = await setup();
    expect(await client.deleteVerifications([])).toEqual({ ok: true, deleted: [], failed: [], notAttempted: [] });
    expect(bodies()).toEqual([]);
  });
});

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('iDenfy client: options', () => {
  it('should throw a TypeError naming a missing credential, never a value', () => {
    expect(() => createIdenfyClient({ apiKey: '', apiSecret: SECRET })).toThrow(/options\.apiKey/);
    expect(() => createIdenfyClient({ apiKey: KEY, apiSecret: undefined as unknown as string })).toThrow(TypeError);
    const error = thrownBy(() => createIdenfyClient({ apiKey: KEY, apiSecret: '  ' }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/options\.apiSecret/);
    expect(error.message).not.toContain(KEY);
  });

  it('should accept https and loopback http only, and never echo credentials held in the URL', () => {
    expect(() => createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: 'http://ivs.idenfy.com' })).toThrow(/https/);
    expect(() => createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: 'http://localhost:9' })).not.toThrow();
    expect(() => createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: 'not a url' })).toThrow(/options\.baseUrl/);
    const error = thrownBy(() => createIdenfyClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: `https://${KEY}:${SECRET}@ivs.idenfy.com` }));
    expect(error.message).toMatch(/options\.baseUrl/);
    expectNoSecrets(error.message);
  });
});
