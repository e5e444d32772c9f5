import type { ServerResponse } from 'node:http';

/** Streams a fetch `Response` into a Node response; `closeConnection` adds `Connection: close`. */
export async function writeNodeResponse(response: Response, res: ServerResponse, closeConnection: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  if (closeConnection) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
  }
  res.end();
}
