import { describe, expect, it } from 'vitest';
import { createErasureHandler, type AuthorizeInput, type SanitizedError } from '../../src/index.js';
import { DELETE_PATH, IDENFY_PATH, deferred, errorCode, guid, postJson, recordingClients, serveHandler } from './support.js';

describe('authorize', () => {
  it.each([
    ['missing', {}],
    ['undefined', { authorize: undefined }],
    ['true', { authorize: true }],
    ['a string', { authorize: 'yes' }],
  ])('throws a TypeError at creation when authorize is %s', (_label, extra) => {
    const { mews } = recordingClients();
    expect(() => createErasureHandler({ mews, ...extra } as never)).toThrow(TypeError);
    expect(() => createErasureHandler({ mews, ...extra } as never)).toThrow(/authorize/);
  });

  it.each([
    ['false', () => false],
    ['undefined', () => undefined],
    ['a truthy object', () => ({ allowed: true })],
    ['1', () => 1],
    ['"true"', () => 'true'],
    ['a promise of false', async () => false],
    ['a promise of "yes"', async () => 'yes'],
  ])('answers 403 and calls no upstream when authorize returns %s', async (_label, authorize) => {
    const { url, calls } = await serveHandler({ authorize: authorize as () => boolean });
    const response = await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('FORBIDDEN');
    expect(calls).toHaveLength(0);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('session store down');
      },
    ],
    ['rejects', () => Promise.reject(new Error('session store down'))],
  ])('answers 403, calls no upstream and tells onError when authorize %s', async (_label, authorize) => {
    const errors: SanitizedError[] = [];
    const { url, calls } = await serveHandler({ authorize, onError: (error) => errors.push(error) });
    const response = await postJson(`${url}${IDENFY_PATH}`, { scanRefs: ['abc'] });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('FORBIDDEN');
    expect(calls).toHaveLength(0);
    expect(errors).toEqual([{ stage: 'authorize', operation: 'idenfy.verifications.delete', name: 'Error', message: 'session store down', code: 'FORBIDDEN' }]);
  });

  it('sees the request, the operation and the validated ids and chainId', async () => {
    const inputs: AuthorizeInput[] = [];
    const { url } = await serveHandler({ authorize: (input) => (inputs.push(input), true) });
    const [id, chainId] = [guid(), guid()];
    await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [id], chainId }, { authorization: 'Bearer user-session' });
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.operation).toBe('mews.identityDocuments.delete');
    expect(inputs[0]?.ids).toEqual([id]);
    expect(inputs[0]?.chainId).toBe(chainId);
    expect(inputs[0]?.request.headers.get('authorization')).toBe('Bearer user-session');
  });

  it('is not asked about invalid input', async () => {
    let asked = 0;
    const { url } = await serveHandler({ authorize: () => (asked++, true) });
    await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: ['nope'] });
    await postJson(`${url}${DELETE_PATH}`, '{');
    await postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] }, { 'content-type': 'text/plain' });
    expect(asked).toBe(0);
  });

  it('is awaited before anything goes upstream', async () => {
    const decision = deferred<boolean>();
    const { url, calls } = await serveHandler({ authorize: () => decision.promise });
    const pending = postJson(`${url}${DELETE_PATH}`, { identityDocumentIds: [guid()] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(0);
    decision.resolve(true);
    expect((await pending).status).toBe(200);
    expect(calls).toHaveLength(1);
  });
});
