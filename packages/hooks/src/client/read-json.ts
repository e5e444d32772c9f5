import { DocumentsError } from './documents-error.js';
import { toDocumentsError } from './to-documents-error.js';

/** Reads a response body as JSON; a body that is not JSON rejects with `INVALID_RESPONSE`. */
export async function readJson(response: Response, label: string, signal?: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw toDocumentsError(error, label, signal);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DocumentsError(
      'INVALID_RESPONSE',
      `${label} failed: the server's answer is not valid JSON. Check that baseUrl points at the documents API.`,
      { status: response.status, cause: error },
    );
  }
}
