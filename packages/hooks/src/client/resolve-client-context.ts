import ky from 'ky';
import { createAuthSession } from './auth-session.js';
import type { DocumentsClientOptions, FileKind } from './client-types.js';
import type { ClientContext } from './client-context.js';
import { resolveUploadEndpoint } from './default-upload-endpoint.js';
import { resolveRetryPolicy } from './retry-policy.js';

const DEFAULT_ACCEPT: readonly FileKind[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'];
const MAX_TIMEOUT_MS = 2_147_483_647;

function resolveBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError("createDocumentsClient: pass `baseUrl`, the origin (and optional path prefix) of the documents API, e.g. 'https://broker.example'.");
  }
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  try {
    return new URL(withSlash, globalThis.location?.href).href;
  } catch (error) {
    throw new TypeError(`createDocumentsClient: \`baseUrl\` ${JSON.stringify(baseUrl)} is not a URL; pass e.g. 'https://broker.example'.`, {
      cause: error,
    });
  }
}

/** Validates the options and fills in every default; throws a `TypeError` that says what to pass. */
export function resolveClientContext(options: DocumentsClientOptions): ClientContext {
  const baseUrl = resolveBaseUrl((options as Partial<DocumentsClientOptions> | undefined)?.baseUrl);
  if (typeof options.getAccessToken !== 'function') {
    throw new TypeError('createDocumentsClient: pass `getAccessToken`, a function that returns the current access token (or a promise of it).');
  }
  const timeout = Math.min(options.timeout ?? 30_000, MAX_TIMEOUT_MS);
  return {
    baseUrl,
    http: ky.create({ retry: 0, throwHttpErrors: false, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) }),
    auth: createAuthSession(options.getAccessToken, options.onUnauthorized),
    headers: { ...options.headers },
    timeout,
    retry: resolveRetryPolicy(options.retry),
    files: {
      accept: options.files?.accept ?? DEFAULT_ACCEPT,
      maxSize: options.files?.maxSize ?? 20 * 1024 * 1024,
      minSize: options.files?.minSize ?? 1024,
    },
    upload: typeof options.upload === 'function' ? options.upload : resolveUploadEndpoint(options.upload),
  };
}
