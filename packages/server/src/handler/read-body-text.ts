import { ErasureError } from './erasure-error.js';

function tooLarge(maxBytes: number): ErasureError {
  return new ErasureError('PAYLOAD_TOO_LARGE', `The body may not exceed ${maxBytes} bytes.`);
}

/**
 * Reads the body as UTF-8 under a byte cap, before any parsing: a declared `Content-Length` over the cap is
 * refused unread, and a body without one (chunked) is counted while streaming and abandoned once over.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ErasureError('BAD_JSON', 'The body is not valid UTF-8.');
  }
}
