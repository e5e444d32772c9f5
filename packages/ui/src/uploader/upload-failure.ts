import type { DocumentsError, DocumentsErrorCode } from '@iddocs/hooks';
import type { MessageKey } from '../i18n/en/index.js';
import type { I18n } from '../i18n/translator.js';

// One message per cause the person can act on differently. The hooks' own `message` is English, for developers and
// logs: never shown. Causes not listed (a 400 or 404, an answer that could not be read) keep the general message.
const SAID: Partial<Record<DocumentsErrorCode, MessageKey>> = {
  ABORTED: 'uploader.state.cancelled',
  NETWORK: 'uploader.failed.offline',
  // No answer in time: on a phone, nearly always a weak connection.
  TIMEOUT: 'uploader.failed.offline',
  RATE_LIMITED: 'uploader.failed.busy',
  UNAUTHORIZED: 'uploader.failed.signed-out',
  FORBIDDEN: 'uploader.failed.forbidden',
  SERVER: 'uploader.failed.server',
};

/** Why an upload failed (or that it was cancelled), in the widget's language: what happened and what to do. */
export function uploadFailure(i: I18n, { code, retryAfterMs }: DocumentsError): string {
  // Whole seconds, rounded up: "Wait 1 s" after a Retry-After of 0.2 s, never "Wait 0 s" (none or 0: "a moment").
  const count = Math.ceil((retryAfterMs ?? 0) / 1000);
  // Known to be offline (read as the row renders): useUploadDocument sends a file that failed for want of a connection
  // (these two codes) again by itself once the browser is back online.
  if (SAID[code] === 'uploader.failed.offline' && !navigator.onLine) return i.t('uploader.failed.offline.wait');
  return i.t(code === 'RATE_LIMITED' && !count ? 'uploader.failed.busy.soon' : (SAID[code] ?? 'uploader.state.error'), { count });
}

