import { describe, expect, it } from 'vitest';
import { DELETE_PATH, errorCode, guid, postJson, serveHandler } from './support.js';

/** The documented default of `maxBodyBytes` (README: "capped at maxBodyBytes (64 KiB)"). */
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** A valid delete body padded with JSON whitespace to exactly `size` bytes. */
function bodyOfSize(size: number): string {
  const json = JSON.stringify({ identityDocumentIds: [guid()] });
  return json.slice(0, -1) + ' '.repeat(size - json.length) + '}';
}

// The other body tests set maxBodyBytes themselves; this pins what a host that sets nothing gets.
describe('the default body cap', () => {
  it('accepts a body of exactly 64 KiB when maxBodyBytes is not set', async () => {
    const { url, calls } = await serveHandler();
    const body = bodyOfSize(DEFAULT_MAX_BODY_BYTES);
    expect(Buffer.byteLength(body)).toBe(DEFAULT_MAX_BODY_BYTES);
    expect((await postJson(`${url}${DELETE_PATH}`, body)).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('answers 413 to one byte more, without calling upstream', async () => {
    const { url, calls } = await serveHandler();
    const response = await postJson(`${url}${DELETE_PATH}`, bodyOfSize(DEFAULT_MAX_BODY_BYTES + 1));
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    expect(calls).toHaveLength(0);
  });
});
