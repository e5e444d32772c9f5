import type { DocumentsClient, DocumentsClientOptions } from './client-types.js';
import type { Document } from './document.js';
import type { DocumentsError } from './documents-error.js';
import { checkFile, resolveFileRules } from './files.js';
import { parseDocumentPage, parseDocumentResponse } from './parse.js';
import { createRequest, fail, isAmbiguous, NO_PAGE, readParsed, resolveRetryPolicy, retryDelayMs, sleep, toError } from './request.js';
import { uploadChecked } from './upload.js';

const DOCUMENTS = 'api/v2/my/documents';

function documentPath(id: string): string {
  return `${DOCUMENTS}/${encodeURIComponent(id)}`;
}

function readDocument(response: Response, label: string): Promise<Document> {
  return readParsed(response, label, parseDocumentResponse, 'a document');
}

/**
 * Creates the React-free client of the bearer-token documents API (`/api/v2/my/documents`).
 * Throws a `TypeError` when `baseUrl` or `getAccessToken` is missing.
 *
 * @example
 * const client = createDocumentsClient({
 *   baseUrl: 'https://broker.example',
 *   getAccessToken: () => auth.accessToken,
 *   onUnauthorized: () => auth.refresh(),
 * });
 * const document = await client.upload(file, { typeId: 1, onProgress: ({ percent }) => setPercent(percent) });
 */
export function createDocumentsClient(options: DocumentsClientOptions): DocumentsClient {
  const { baseUrl, getAccessToken } = options as Partial<DocumentsClientOptions>;
  let base: URL | undefined;
  try {
    // A missing trailing slash would make relative paths replace the prefix's last segment.
    // A path ('/api') resolves against the page. Without one (server-side rendering) it gets a placeholder origin, so that
    // a client made at module scope can be imported on the server, where `request` refuses to send with it.
    if (baseUrl?.trim()) base = new URL(baseUrl.replace(/\/?$/, '/'), globalThis.location?.href ?? (/^\/(?!\/)/.test(baseUrl) ? NO_PAGE : undefined));
  } catch {
    // Reported below, with what to pass.
  }
  if (!base) throw new TypeError(`createDocumentsClient: pass \`baseUrl\`, e.g. 'https://broker.example' (${JSON.stringify(baseUrl)} is not a URL).`);
  if (typeof getAccessToken !== 'function') throw new TypeError('createDocumentsClient: pass `getAccessToken`, a function returning the access token.');
  const retry = resolveRetryPolicy(options.retry);
  const request = createRequest(options, base, retry);

  const list = (limit = 10, offset = 0, signal?: AbortSignal) =>
    request('GET', `${DOCUMENTS}?limit=${limit}&offset=${offset}`, signal, (response, label) =>
      readParsed(response, label, (json) => parseDocumentPage(json, limit, offset), 'a list of documents'),
    );

  // The newest documents (up to 100) searched for one created from `file`.
  const findCreated = async (file: string, signal?: AbortSignal): Promise<Document | undefined> => {
    let existing: Document | undefined;
    for (let offset = 0, more = true; more && !existing && offset < 100; offset += 50) {
      const page = await list(50, offset, signal);
      existing = page.documents.find((document) => document.file === file);
      more = page.hasMore;
    }
    return existing;
  };

  // Files whose last `create` may have been applied, unsettled: a later `create` of one (a user's retry) looks first.
  // That is after an ambiguous failure (network, timeout, 5xx), a cancel (the POST may already be on the wire), or a
  // 2xx answer that could not be read (the document exists).
  const uncertain = new Set<string>();

  // Never creates twice: after an ambiguous failure the first POST may have been applied, so the newest documents
  // are searched for the same `file` first; only if none is found is the POST sent once more.
  const create = async (file: string, typeId: string | number, signal?: AbortSignal): Promise<Document> => {
    const post = () => request('POST', DOCUMENTS, signal, readDocument, { json: { file, typeId } });
    const settled = (document: Document) => {
      uncertain.delete(file);
      return document;
    };
    try {
      return settled((uncertain.has(file) && (await findCreated(file, signal))) || (await post()));
    } catch (caught) {
      const error = caught as DocumentsError; // `request` rejects with nothing else
      const mayExist = error.code === 'ABORTED' || (error.code === 'INVALID_RESPONSE' && (error.status ?? 300) < 300);
      if (mayExist || isAmbiguous(error)) uncertain.add(file);
      // 409: the file already has a document; find it, never create again. A server that refuses a second document
      // per file answers so when the browser silently resends a POST it had applied (the connection dropped first).
      const conflict = error.status === 409;
      if (!conflict && (!isAmbiguous(error) || !retry.limit)) throw error;
      let existing: Document | undefined;
      try {
        if (!conflict) await sleep(retryDelayMs(error, 0, retry), signal);
        existing = await findCreated(file, signal);
      } catch (lookupError) {
        // Without the lookup a second POST could duplicate the document: report the original failure instead.
        throw signal?.aborted ? lookupError : error;
      }
      if (conflict && !existing) throw error;
      return settled(existing ?? (await post()));
    }
  };

  const fileRules = resolveFileRules(options.files);
  const uploadFile: DocumentsClient['uploadFile'] = async (file, uploadOptions) => {
    await checkFile(file, fileRules);
    return uploadChecked(request, options.upload, file, uploadOptions, options.timeout);
  };

  const client: DocumentsClient = {
    list: ({ limit, offset, signal } = {}) => list(limit, offset, signal),
    get: (id, { signal } = {}) => request('GET', documentPath(id), signal, readDocument),
    create: ({ file, typeId }, { signal } = {}) => create(file, typeId, signal),
    delete: (id, { signal } = {}) => request('DELETE', documentPath(id), signal, (response) => response.body?.cancel()),
    checkFile: (file) => checkFile(file, fileRules),
    uploadFile,
    fileRules,
    upload: async (file, { typeId, ...uploadOptions }) => create(await uploadFile(file, uploadOptions), typeId, uploadOptions.signal),
    getFile: async ({ id, fileUrl }, { signal } = {}) => {
      if (fileUrl === undefined) throw fail('NOT_FOUND', `Downloading the file of document ${id}`, 'it has no fileUrl', 'Reload the document.');
      // Any media type: the file is an image or a PDF, not JSON. `no-store`: an identity image must never land in the
      // browser's HTTP cache on disk, whatever caching headers the server sends.
      return request('GET', fileUrl, signal, (response) => response.blob(), { cache: 'no-store' }, '*/*');
    },
  };
  // Every path maps its own failures; this net keeps the "rejects only with DocumentsError" promise for the unforeseen.
  for (const name of Object.keys(client) as (keyof DocumentsClient)[]) {
    const method = client[name];
    if (typeof method !== 'function') continue;
    (client as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      (method as (...args: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        throw toError(error, `${name}()`, undefined, String(error));
      });
  }
  return client;
}
