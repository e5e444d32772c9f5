import type { RequestOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import type { Document } from './document.js';
import { abortableSleep } from './abortable-sleep.js';
import { DOCUMENTS_PATH } from './documents-path.js';
import { isDocumentsError } from './documents-error.js';
import { findDocumentByFile } from './find-document-by-file.js';
import { readDocument } from './read-document.js';
import { resolveUrl } from './resolve-url.js';
import { isAmbiguousFailure, retryDelayMs } from './retry-policy.js';
import { requestLabel, sendRequest } from './send-request.js';

/** What `create` sends. */
export interface CreateDocumentInput {
  /** Stored file path from the upload step. */
  file: string;
  /** Document type id. */
  typeId: string | number;
}

/**
 * POST a document without ever creating it twice: after an ambiguous failure (network, timeout, 5xx) the
 * first attempt may have been applied, so the newest documents are searched for the same `file` first,
 * and only if none is found is the create sent once more (that attempt is final).
 */
export async function createDocument(context: ClientContext, input: CreateDocumentInput, options: RequestOptions = {}): Promise<Document> {
  const { signal } = options;
  const url = resolveUrl(context.baseUrl, DOCUMENTS_PATH);
  const label = requestLabel('POST', url);
  const post = async () =>
    readDocument(await sendRequest(context, { method: 'POST', url, json: { file: input.file, typeId: input.typeId }, signal }), label, signal);

  try {
    return await post();
  } catch (error) {
    if (!isDocumentsError(error) || !isAmbiguousFailure(error) || context.retry.limit === 0) throw error;
    await abortableSleep(retryDelayMs(error, 0, context.retry), signal, label);
    let existing: Document | undefined;
    try {
      existing = await findDocumentByFile(context, input.file, signal);
    } catch (lookupError) {
      // Without the lookup a second POST could duplicate the document: report the original failure instead.
      throw isDocumentsError(lookupError) && lookupError.code === 'ABORTED' ? lookupError : error;
    }
    return existing ?? (await post());
  }
}
