import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createStaticHandler } from '../server/static-files.mjs';

const root = mkdtempSync(join(tmpdir(), 'iddocs-static-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>demo</title>');
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'iddocs-secret.txt'), 'outside the root');
const serve = createStaticHandler(root) as (request: Request) => Promise<Response>;
const get = (path: string) => serve(new Request(`http://demo.test${path}`));

describe('the demo server’s static files', () => {
  it('serves the page at / as HTML, so a browser renders it instead of downloading it', async () => {
    const response = await get('/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>demo</title>');
  });

  it('serves assets with their type, and the page for client-side routes', async () => {
    expect((await get('/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const route = await get('/my/documents');
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('never serves a file outside its folder', async () => {
    const response = await get('/../iddocs-secret.txt');
    expect(await response.text()).not.toContain('outside the root');
    const encoded = await get('/%2e%2e/iddocs-secret.txt');
    expect(await encoded.text()).not.toContain('outside the root');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await serve(new Request('http://demo.test/', { method: 'POST' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
