import { describe, expect, it } from 'vitest';
import { CLEAR_PATH, DELETE_PATH, IDENFY_PATH, errorCode, guid, postJson, serveHandler } from './support.js';

/** Sends one body and returns what a refusal looks like: status, error code and upstream calls made. */
async function outcome(path: string, body: unknown, options = {}) {
  const { url, calls } = await serveHandler(options);
  const response = await postJson(`${url}${path}`, body);
  return { status: response.status, code: await errorCode(response), upstreamCalls: calls.length };
}

const refused = (code: string) => ({ status: 400, code, upstreamCalls: 0 });

describe('strict input', () => {
  it.each(['ClientToken', 'AccessToken', 'Client', 'apiKey', 'apiSecret', 'PlatformAddress', 'baseUrl', 'extra', 'IdentityDocumentIds'])(
    'refuses a body carrying %s',
    async (field) => {
      expect(await outcome(DELETE_PATH, { identityDocumentIds: [guid()], [field]: 'value' })).toEqual(refused('INVALID_BODY'));
    },
  );

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a body with a %s key', async (key) => {
    expect(await outcome(DELETE_PATH, `{"identityDocumentIds":["${guid()}"],"${key}":{"isAdmin":true}}`)).toEqual(refused('INVALID_BODY'));
  });

  it('refuses chainId on the iDenfy route, which has none', async () => {
    expect(await outcome(IDENFY_PATH, { scanRefs: ['abc'], chainId: guid() })).toEqual(refused('INVALID_BODY'));
  });

  it('refuses the ids field of another route', async () => {
    expect(await outcome(CLEAR_PATH, { identityDocumentIds: [guid()] })).toEqual(refused('INVALID_BODY'));
  });

  it.each([null, [], ['x'], 'ids', 42, true, {}, { identityDocumentIds: 'not-an-array' }, { identityDocumentIds: { 0: 'x' } }, { identityDocumentIds: null }])(
    'refuses %j as INVALID_BODY',
    async (body) => {
      expect(await outcome(DELETE_PATH, JSON.stringify(body))).toEqual(refused('INVALID_BODY'));
    },
  );

  it.each([
    ['an empty list', []],
    ['a non-GUID', ['not-a-guid']],
    ['a GUID with braces', [`{${guid()}}`]],
    ['a GUID with spaces', [` ${guid()}`]],
    ['an empty string', ['']],
    ['a number', [12]],
    ['null', [null]],
    ['a nested list', [[guid()]]],
    ['an absolute URL', ['https://evil.example/api/connector/v1/identityDocuments/delete']],
    ['a path traversal', ['../../x']],
  ])('refuses Mews ids with %s', async (_label, ids) => {
    expect(await outcome(DELETE_PATH, { identityDocumentIds: ids })).toEqual(refused('INVALID_IDS'));
    expect(await outcome(CLEAR_PATH, { customerIds: ids })).toEqual(refused('INVALID_IDS'));
  });

  it.each([
    ['a 65-character scanRef', ['a'.repeat(65)]],
    ['a dot', ['abc.def']],
    ['a slash', ['abc/def']],
    ['a space', ['abc def']],
    ['an empty string', ['']],
    ['a non-ASCII letter', ['ščř']],
    ['an object', [{ scanRef: 'abc' }]],
  ])('refuses scanRefs with %s', async (_label, ids) => {
    expect(await outcome(IDENFY_PATH, { scanRefs: ids })).toEqual(refused('INVALID_IDS'));
  });

  it('accepts scanRefs of 1 and 64 characters, and upper-case GUIDs', async () => {
    const { url, calls } = await serveHandler();
    expect((await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['a', 'Z'.repeat(64)] })).status).toBe(200);
    expect((await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid().toUpperCase()] })).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('takes spellings of one GUID in any case as one id: one upstream call, one id authorized and reported, as first spelled', async () => {
    const authorized: string[][] = [];
    const { url, calls } = await serveHandler({
      authorize: ({ ids }) => {
        authorized.push([...ids]);
        return true;
      },
    });
    const id = 'a58ff7cb-77e5-4c9a-b0b9-ab4d00a4ee1d';
    // 1,000 spellings (the most a request takes), first the one the page got from Mews: 100 calls of 10 before.
    const spellings = Array.from({ length: 999 }, (_, n) => [...id].map((char, at) => ((n >> at % 10) & 1 ? char.toUpperCase() : char)).join(''));
    spellings.unshift(id);
    const response = await postJson(`${url}${CLEAR_PATH}`, { customerIds: spellings });

    expect(response.status).toBe(200);
    expect(calls).toEqual([expect.objectContaining({ ids: [id] })]);
    expect(authorized).toEqual([[id]]);
    expect(JSON.stringify(await response.json())).not.toContain(id.toUpperCase());
  });

  it('keeps scanRefs that differ only in case apart: iDenfy does not say they are the same', async () => {
    const { url, calls } = await serveHandler();
    expect((await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['abc', 'ABC', 'abc'] })).status).toBe(200);
    expect(calls).toEqual([expect.objectContaining({ ids: ['abc', 'ABC'] })]);
  });

  it.each([['not-a-guid'], [12], [null], [''], [[]]])('refuses chainId %j', async (chainId) => {
    expect(await outcome(DELETE_PATH, { identityDocumentIds: [guid()], chainId })).toEqual(refused('INVALID_IDS'));
  });

  it('accepts exactly maxIds ids and refuses one more', async () => {
    const { url, calls } = await serveHandler({ maxIds: 5 });
    const five = Array.from({ length: 5 }, guid);
    expect((await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: five })).status).toBe(200);
    const six = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [...five, guid()] });
    expect(six.status).toBe(400);
    expect(await errorCode(six)).toBe('INVALID_IDS');
    expect(calls).toHaveLength(1);
  });

  it('refuses 1,001 ids by default', async () => {
    expect(await outcome(DELETE_PATH, { identityDocumentIds: Array.from({ length: 1_001 }, guid) }, { maxBodyBytes: 1_000_000 })).toEqual(refused('INVALID_IDS'));
  });

  it('names the offending field and index without echoing the value', async () => {
    const { url } = await serveHandler();
    const bad = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid(), 'ECHO-ME-NOT'] });
    const { error } = (await bad.json()) as { error: { message: string } };
    expect(error.message).toContain('identityDocumentIds[1]');
    expect(error.message).not.toContain('ECHO-ME-NOT');
    const smuggled = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()], ClientToken: 'SMUGGLED-VALUE' });
    const body = JSON.stringify(await smuggled.json());
    expect(body).toContain('ClientToken');
    expect(body).not.toContain('SMUGGLED-VALUE');
  });
});
