// Serves the built page: exact files from `root`, and index.html for any other GET (client-side routes).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** @param {string} root folder of the built page */
export function createStaticHandler(root) {
  return async function serveStatic(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const pathname = decodeURIComponent(new URL(request.url).pathname);
    // The pathname is absolute, so normalize() resolves every `..` at or below `/`: it cannot leave root.
    const requested = join(root, normalize(pathname));
    const index = join(root, 'index.html');
    for (const file of pathname.endsWith('/') ? [index] : [requested, index]) {
      try {
        const body = await readFile(file);
        // The type follows the file actually served (index.html for `/` and client-side routes).
        return new Response(request.method === 'HEAD' ? null : body, {
          headers: { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' },
        });
      } catch {
        // Not there: fall back to the page.
      }
    }
    return new Response('Not found', { status: 404 });
  };
}
