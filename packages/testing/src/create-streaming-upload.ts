const encoder = new TextEncoder();

/** Byte progress of the file, as the documents client reports it. */
export interface StreamingUploadProgress {
  loaded: number;
  total: number;
  percent: number;
}

/** An upload step for `createDocumentsClient({ upload })`: sends the file, resolves with the stored path. */
export type StreamingUpload = (
  file: Blob,
  options: { onProgress: (progress: StreamingUploadProgress) => void; signal: AbortSignal; fileName: string },
) => Promise<string>;

/** Options of {@link createStreamingUpload}. */
export interface StreamingUploadOptions {
  /** Origin (and optional path prefix) of the fake, as given to `createDocumentsHandlers`. */
  baseUrl: string;
  /** Bearer token sent with the upload. Default `'test-token'` (the fake's default). */
  accessToken?: string;
  /** Bytes per chunk of the body stream, one progress step each. Default 1024. */
  chunkSize?: number;
}

/** The documents client's code for a status, as its own upload step reads an answer. */
const CODES: Readonly<Record<number, string>> = { 400: 'VALIDATION', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 408: 'TIMEOUT', 429: 'RATE_LIMITED' };

/**
 * A refused upload, with the status the fake answered. Shaped as the documents client's `DocumentsError` (`name`,
 * `code`, `status`, `retryAfterMs`, `serverMessage`), which the client knows by its shape, so that a test sees a
 * refused upload step as the client's own step reports it — a 429 with its wait, a 503 as `SERVER` — and not as a
 * lost connection, which is what the client makes of any other error an upload step throws.
 */
export class StreamingUploadError extends Error {
  override readonly name = 'DocumentsError';
  /** The client's code for `status`: `RATE_LIMITED`, `SERVER`, `UNAUTHORIZED`, … (another 4xx: `VALIDATION`). */
  readonly code: string;
  constructor(
    readonly status: number,
    /** From the fake's `Retry-After`, in milliseconds. */
    readonly retryAfterMs?: number,
    /** The fake's own message. */
    readonly serverMessage?: string,
  ) {
    super(`The fake answered the upload with ${status}${serverMessage ? ` ("${serverMessage}")` : ''}.`);
    this.code = CODES[status] ?? (status > 499 ? 'SERVER' : 'VALIDATION');
  }
}

/**
 * The documents client's upload step for jsdom tests under MSW. jsdom's `XMLHttpRequest` and `FormData` cannot carry
 * a file's bytes to Node, so this sends the same multipart body (field `file`) with `fetch`, as a stream: progress,
 * in the file's own bytes, moves as the fake reads each chunk. A refused upload rejects with
 * {@link StreamingUploadError}, which the client passes on as the `DocumentsError` its own step would give.
 * @example
 * const client = createDocumentsClient({ baseUrl, getAccessToken: () => 'test-token', upload: createStreamingUpload({ baseUrl }) });
 */
export function createStreamingUpload({ baseUrl, accessToken = 'test-token', chunkSize = 1024 }: StreamingUploadOptions): StreamingUpload {
  return async (file, { onProgress, signal, fileName }) => {
    // Drawn per upload, as browsers do: a fixed boundary inside the file's bytes would end the part there.
    const boundary = `iddocs-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    // As a browser's FormData does: a quote or a line break would otherwise end the header and spoil the body.
    const quotedName = fileName.replace(/["\r\n]/g, (char) => ({ '"': '%22', '\r': '%0D', '\n': '%0A' })[char] ?? char);
    const head = encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quotedName}"\r\nContent-Type: ${file.type}\r\n\r\n`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
    const body = new Uint8Array(head.byteLength + bytes.byteLength + tail.byteLength);
    body.set(head);
    body.set(bytes, head.byteLength);
    body.set(tail, head.byteLength + bytes.byteLength);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= body.byteLength) return controller.close();
        const chunk = body.slice(sent, sent + chunkSize);
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        const loaded = Math.min(bytes.byteLength, Math.max(0, sent - head.byteLength));
        onProgress({ loaded, total: bytes.byteLength, percent: Math.floor((loaded / Math.max(1, bytes.byteLength)) * 100) });
      },
    });
    // `duplex` is required by Node for a streamed body but unknown to the DOM typings.
    const init = {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      signal,
    } as RequestInit;
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/api/v2/my/files`, init);
    if (!response.ok) {
      // The fake sends whole seconds (or no header: `Number(null)` would read as 0).
      const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
      const { message } = ((await response.json().catch(() => null)) ?? {}) as { message?: string };
      throw new StreamingUploadError(response.status, seconds >= 0 ? seconds * 1000 : undefined, message);
    }
    return ((await response.json()) as { path: string }).path;
  };
}
