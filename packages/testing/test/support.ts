import { createFakeDocumentsApi, type FakeDocumentsApi, type FakeDocumentsApiOptions } from '@iddocs/testing';
import { startFakeServer, type FakeServer } from '@iddocs/testing/node';

/** A fake served over real loopback HTTP. */
export interface Served {
  api: FakeDocumentsApi;
  server: FakeServer;
  /** `fetch` against the server with the default bearer token unless `authorization` is given. */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** Uploads bytes as multipart field `file` and returns the response. */
  upload(bytes: Uint8Array, fileName: string, init?: RequestInit): Promise<Response>;
}

export const AUTH = { authorization: 'Bearer test-token' };

export async function serve(options: FakeDocumentsApiOptions = {}): Promise<Served> {
  const api = createFakeDocumentsApi(options);
  const server = await startFakeServer(api.handler);
  const call = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${server.url}${path}`, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string> | undefined) } });
  const upload = (bytes: Uint8Array, fileName: string, init: RequestInit = {}): Promise<Response> => {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
    return call('/api/v2/my/files', { method: 'POST', body: form, ...init });
  };
  return { api, server, call, upload };
}

export function createJson(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** An ELF executable header: what a renamed binary starts with. */
export const ELF_BYTES = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...Array.from({ length: 56 }, () => 0)]);
/** A Windows PE ("MZ") header. */
export const PE_BYTES = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, ...Array.from({ length: 50 }, () => 0)]);
