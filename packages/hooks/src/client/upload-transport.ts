/** One multipart upload request, as both transports take it. */
export interface UploadRequest {
  /** Absolute upload URL. */
  url: URL;
  /** The multipart body (reusable, so a 401 replay can resend it). */
  body: FormData;
  /** Request headers, Authorization included. */
  headers: Record<string, string>;
  /** Bytes to send, for the final progress event when the transport has no byte progress. */
  size: number;
  /** Cancels the upload. */
  signal: AbortSignal | undefined;
  /** Called with bytes sent and (when known) the body's total. */
  onProgress: (loaded: number, total: number) => void;
}

/** Sends an upload and resolves with the server's response, whatever its status; rejects only on network failure or abort. */
export type UploadTransport = (request: UploadRequest) => Promise<Response>;
