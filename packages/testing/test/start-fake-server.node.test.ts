import { request as httpRequest } from 'node:http';
import { startFakeServer } from '@iddocs/testing/node';
import { describe, expect, it } from 'vitest';

/** A raw node:http request, so that a method or target `fetch` refuses to send can reach the server. */
function rawRequest(url: string, method: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('startFakeServer', () => {
  it('binds a free loopback port and serves a handler, streaming the response body', async () => {
    const server = await startFakeServer(async (request) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`${request.method} `));
          controller.enqueue(new TextEncoder().encode(new URL(request.url).pathname));
          controller.close();
        },
      });
      return new Response(body, { status: 202, headers: { 'x-fake': 'yes' } });
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      const response = await fetch(`${server.url}/hello`, { method: 'DELETE' });
      expect(response.status).toBe(202);
      expect(response.headers.get('x-fake')).toBe('yes');
      expect(await response.text()).toBe('DELETE /hello');
    } finally {
      await server.close();
    }
  });

  it('passes a streaming request body through', async () => {
    const server = await startFakeServer(async (request) => new Response(`${(await request.arrayBuffer()).byteLength}`));
    try {
      const response = await fetch(server.url, { method: 'POST', body: new Uint8Array(300_000) });
      expect(await response.text()).toBe('300000');
    } finally {
      await server.close();
    }
  });

  it('resets the connection on Response.error()', async () => {
    const server = await startFakeServer(async () => Response.error());
    try {
      await expect(fetch(server.url)).rejects.toThrow(new TypeError('fetch failed'));
    } finally {
      await server.close();
    }
  });

  it('answers 500 JSON when the handler throws, and keeps serving', async () => {
    let calls = 0;
    const server = await startFakeServer(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return new Response('ok');
    });
    try {
      const failed = await fetch(server.url);
      expect(failed.status).toBe(500);
      expect(await failed.json()).toMatchObject({ code: 'INTERNAL_ERROR', message: expect.stringContaining('boom') });
      expect(await (await fetch(server.url)).text()).toBe('ok');
    } finally {
      await server.close();
    }
  });

  it('aborts the request signal when the client disconnects', async () => {
    let resolveAborted: ((reason: unknown) => void) | undefined;
    const aborted = new Promise((resolve) => {
      resolveAborted = resolve;
    });
    const server = await startFakeServer(
      (request) =>
        new Promise<Response>(() => {
          request.signal.addEventListener('abort', () => resolveAborted?.(request.signal.reason));
        }),
    );
    try {
      const controller = new AbortController();
      const pending = fetch(server.url, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 50));
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      await expect(aborted).resolves.toMatchObject({ name: 'AbortError' });
    } finally {
      await server.close();
    }
  });

  it('closes promptly while a request hangs forever', async () => {
    const server = await startFakeServer(() => new Promise<Response>(() => undefined));
    const pending = fetch(server.url).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('failed');
  });

  it('answers a request a fetch Request cannot represent (TRACE, a bad target) with a JSON error, and keeps serving', async () => {
    let calls = 0;
    const server = await startFakeServer(async () => {
      calls += 1;
      return new Response('ok');
    });
    try {
      const trace = await rawRequest(server.url, 'TRACE', '/api/v2/my/documents');
      expect(trace.status).toBe(405);
      expect(JSON.parse(trace.body)).toMatchObject({ code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('TRACE') });
      const target = await rawRequest(server.url, 'GET', 'http://[bad/');
      expect(target.status).toBe(400);
      expect(JSON.parse(target.body)).toMatchObject({ code: 'BAD_REQUEST' });
      expect(calls).toBe(0);
      expect(await (await fetch(server.url)).text()).toBe('ok');
    } finally {
      await server.close();
    }
  });
});
