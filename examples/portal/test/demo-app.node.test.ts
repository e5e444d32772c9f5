import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJpegBytes } from '@iddocs/testing';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createDemoApp, DEMO_ACCESS_TOKEN } from '../server/demo-app.mjs';

const origin = 'http://demo.test';
const folders: string[] = [];
const tempDir = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const auth = { Authorization: `Bearer ${DEMO_ACCESS_TOKEN}` };

function app(dataDir = tempDir('iddocs-demo-data-')) {
  const pageDir = tempDir('iddocs-demo-page-');
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>demo page</title>');
  const warnings: string[] = [];
  const demo = createDemoApp({ dataDir, pageDir, env: {}, log: () => {}, warn: (line: string) => warnings.push(line) });
  const call = (path: string, init?: RequestInit) => demo.handler(new Request(`${origin}${path}`, init)) as Promise<Response>;
  return { ...demo, dataDir, warnings, call };
}

async function uploadAndCreate(call: ReturnType<typeof app>['call'], typeId: number, name: string) {
  const form = new FormData();
  form.append('file', new Blob([createJpegBytes({ width: 40, height: 30 })], { type: 'image/jpeg' }), name);
  const uploaded = await (await call('/api/v2/my/files', { method: 'POST', headers: auth, body: form })).json();
  return call('/api/v2/my/documents', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ file: uploaded.path, typeId }) });
}

describe('the demo server’s routes', () => {
  it('serves the documents API for the demo token, accepting the ID card’s back (type 7), and keeps it in the data folder', async () => {
    const { call, dataFile, dataDir } = app();
    expect(dataFile).toBe(join(dataDir, 'documents.json'));
    expect((await call('/api/v2/my/documents')).status).toBe(401);
    const created = await uploadAndCreate(call, 7, 'id-back.jpg');
    expect(created.status).toBeLessThan(300);
    expect(await created.json()).toMatchObject({ typeId: 7, fileName: 'id-back.jpg' });
    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(saved.documents.map((document: { fileName: string }) => document.fileName)).toContain('id-back.jpg');
  });

  it('restores the documents saved by an earlier run', async () => {
    const first = app();
    await uploadAndCreate(first.call, 1, 'kept.jpg');
    const second = app(first.dataDir);
    const listed = await (await second.call('/api/v2/my/documents', { headers: auth })).json();
    expect(listed.map((document: { fileName: string }) => document.fileName)).toContain('kept.jpg');
    expect(second.warnings).toEqual([]);
  });

  it('reports a damaged data file as soon as it starts, and serves the fixtures', async () => {
    const dataDir = tempDir('iddocs-demo-data-');
    writeFileSync(join(dataDir, 'documents.json'), '{"documents": [1,');
    const { warnings, call } = app(dataDir);
    expect(warnings).toEqual([expect.stringContaining('is not a valid demo data file')]);
    const listed = await (await call('/api/v2/my/documents', { headers: auth })).json();
    expect(listed.map((document: { fileName: string }) => document.fileName)).toContain('passport.jpg');
  });

  it('puts the fault switches in front of the documents API', async () => {
    const { call } = app();
    await call('/__demo/faults', { method: 'PUT', body: '{"failDeletes": true}' });
    const [first] = await (await call('/api/v2/my/documents', { headers: auth })).json();
    expect((await call(`/api/v2/my/documents/${first.id}`, { method: 'DELETE', headers: auth })).status).toBe(500);
    await call('/__demo/faults', { method: 'PUT', body: '{"failDeletes": false}' });
    expect((await call(`/api/v2/my/documents/${first.id}`, { method: 'DELETE', headers: auth })).status).toBeLessThan(300);
  });

  it('answers the demo account with ids and labels, never a credential', async () => {
    const { call } = app();
    const response = await call('/__demo/account');
    expect(response.status).toBe(200);
    const account = await response.json();
    expect(account.mews.upstream).toBe('fake');
    expect(account.idenfy.verifications).toHaveLength(2);
    expect((await call('/__demo/account', { method: 'POST' })).status).toBe(405);
    expect((await call('/__demo/nothing')).status).toBe(404);
  });

  it('routes erasure to the proxy, control calls to the fake, and anything else to the page', async () => {
    const { call, documents } = app();
    const refused = await call('/api/erasure/idenfy/verifications/delete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scanRefs: ['scan-other-customer-0101'] }),
    });
    expect(refused.status).toBe(403);
    await call('/api/v2/my/documents', { headers: auth });
    const log = await (await call('/__fake/requests')).json();
    expect(log.map((request: { route: string }) => request.route)).toEqual(['list', 'control']);
    expect(documents.requests).toHaveLength(2);
    const page = await call('/some/client/route');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('demo page');
  });
});
