import { idenfyAuthError } from './idenfy-error-response.js';

const BASIC = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i;

function decode(base64: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The 401 answer for a missing or wrong Basic `Authorization` header, or `undefined` when it is accepted. */
export function checkBasicAuth(header: string | null, apiKey: string, apiSecret: string): Response | undefined {
  if (header === null) return idenfyAuthError('Authentication credentials were not provided.');
  const encoded = BASIC.exec(header)?.[1];
  const decoded = encoded === undefined ? undefined : decode(encoded);
  return decoded === `${apiKey}:${apiSecret}` ? undefined : idenfyAuthError('Invalid username/password.');
}
